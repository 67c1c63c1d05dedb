"""Rebuild the national demo shipped with the desk (wsk_desk/resources/demo/national.wsk.xz).

The desk unpacks it on first start instead of generating it, which takes
several seconds. Run this after the demo generator or the file format changes:

    .venv/bin/python scripts/build_demo.py
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from wsk_desk.ui.first_start import RESOURCE, build_resource  # noqa: E402

if __name__ == "__main__":
    start = time.perf_counter()
    out = build_resource()
    print(f"{out.relative_to(Path.cwd()) if out.is_relative_to(Path.cwd()) else out}: "
          f"{out.stat().st_size / 1024:.0f} KB in {time.perf_counter() - start:.1f} s")
    assert out == RESOURCE
