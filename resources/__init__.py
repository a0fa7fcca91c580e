"""What the program ships besides code: fonts, translations, the user guide, the 18 forms' definitions.

``FOLDER`` is this folder wherever the program runs from — a source checkout, an installed wheel or the installed
bundle (where importlib.resources hands out a MultiplexedPath that str() and multi-part joinpath do not take).
"""

from pathlib import Path

FOLDER = Path(__file__).resolve().parent
