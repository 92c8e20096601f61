"""verify: check the claims of health articles against a curated, sourced fact table.

    from pipeline import verify_text
    report = verify_text("Benzodiazepines raise the amount of GABA in the brain.")

Heavy modules (spaCy, rapidfuzz) load on first use, so `verify --help` stays instant.
"""

__version__ = "0.1.0"

__all__ = ["__version__", "verify_text", "verify_file", "Verifier"]


def __getattr__(name):
    if name in ("verify_text", "verify_file", "Verifier"):
        from . import api

        return getattr(api, name)
    raise AttributeError(name)
