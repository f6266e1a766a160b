"""Readers turn files into SPEC input documents; writers turn articles into output."""
