"""The translation packages the `models` and `build` examples install (built once, in tests/translate)."""

from tests.translate.conftest import packages_dir, tiny_packages

__all__ = ["packages_dir", "tiny_packages"]
