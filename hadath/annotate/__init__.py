"""Pipeline stages: each module holds one stage, a callable ``Article -> Article``."""
