"""The desk's Qt front end: widgets and table models over `storage.Championship`.

No SQL here: every read and write goes through Championship, every visible
string through Qt's translation functions (self.tr / QCoreApplication.translate).
"""

from .. import qt_guard

qt_guard.install()  # before any widget emits a signal; see qt_guard.py
