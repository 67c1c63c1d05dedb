"""The desk's Qt front end: widgets and table models over `storage.Championship`.

No SQL here: every read and write goes through Championship, every visible
string through Qt's translation functions (self.tr / QCoreApplication.translate).
"""

from .pyside_fix import install as _install_pyside_fix

_install_pyside_fix()  # before any widget emits a signal; see pyside_fix.py
