"""What is installed outside briefgen and changes a build: Pagefind, and the folder of translation packages.

A module of its own, light to import, because the manifest asks both before it can say that nothing changed
(manifest.py), and a rebuild with nothing changed should not import the renderer or CTranslate2 to ask.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .config import Config


def pagefind_executable() -> Path | None:
    """The Pagefind binary that `pip install 'briefgen[search]'` brings, or None."""
    try:
        from pagefind_bin import get_executable
    except ImportError:
        return None
    try:
        return Path(get_executable())
    except FileNotFoundError:
        return None


def packages_dir(config: Config | None = None) -> Path:
    """Where packages are installed: the site's setting, else ARGOS_PACKAGES_DIR, else Argos' own.

    The environment is read here, and Argos' default folder worked out here (as argostranslate.settings
    does), because importing argostranslate.settings creates folders in the user's home as a side effect:
    no command may do that unless it downloads a package.
    """
    if config is not None and config.translation.packages_dir is not None:
        return config.path(config.translation.packages_dir)
    if os.environ.get("ARGOS_PACKAGES_DIR"):
        return Path(os.environ["ARGOS_PACKAGES_DIR"])
    data_home = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(data_home) / "argos-translate" / "packages"
