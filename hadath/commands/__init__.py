"""One module per ``hadath`` subcommand (see ``hadath.cli.COMMANDS``)."""
