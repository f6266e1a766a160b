"""``hadath spark``: the pipeline on Apache Spark (see :mod:`hadath.scale.spark_job`)."""
from __future__ import annotations

import argparse


def add_parser(sub):
    from hadath.scale.spark_job import add_arguments, parser
    template = parser()
    p = sub.add_parser("spark", help="extract an archive on Apache Spark, write Parquet",
                       description=template.description, epilog=template.epilog,
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    add_arguments(p)
    return p


def run(args) -> int:
    from hadath.scale.spark_job import run_args
    if args.master is None:   # run from this machine: use its cores
        args.master = "local[*]"
    return run_args(args)
