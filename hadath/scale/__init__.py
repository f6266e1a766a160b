"""Running hadath over archives: a resumable multi-process batch runner
(:mod:`hadath.scale.batch`), story de-duplication (:mod:`hadath.scale.dedup`) and an
Apache Spark job (:mod:`hadath.scale.spark_job`). Nothing here is imported by the
core pipeline; the libraries it needs are in the ``scale`` and ``spark`` extras.
"""
