"""Arabic text layer: normalization, segmentation, clitics, datelines and bylines."""
