"""Save a screenshot of the whole X display named by $DISPLAY to the PNG path given.

Run as a separate process (the test process itself draws offscreen): it connects to the X
server as any screenshot tool would and reads back what the server shows.
"""

from __future__ import annotations

import sys

from PySide6.QtGui import QGuiApplication


def main() -> int:
    app = QGuiApplication(["grab", "-platform", "xcb"])
    screen = app.primaryScreen()
    image = screen.grabWindow(0).toImage()
    return 0 if image.save(sys.argv[1], "PNG") else 1


if __name__ == "__main__":
    sys.exit(main())
