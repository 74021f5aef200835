"""Keep our windows out of screenshots and screen sharing where the system allows it.

Windows 10 2004 and later honour a window display affinity; macOS honours a window's sharing
type. Linux desktops (X11 and Wayland) offer no such request, so there the settings say
plainly that the screen can be captured.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import sys

from PySide6.QtWidgets import QWidget

_WDA_EXCLUDEFROMCAPTURE = 0x11
_NS_WINDOW_SHARING_NONE = 0


def capture_protection_available() -> bool:
    return sys.platform in {"win32", "darwin"}


def exclude_from_capture(window: QWidget) -> bool:
    """Ask the system to leave `window` out of captures; whether it agreed."""
    try:
        if sys.platform == "win32":
            user32 = ctypes.WinDLL("user32")  # type: ignore[attr-defined,unused-ignore]
            return bool(
                user32.SetWindowDisplayAffinity(int(window.winId()), _WDA_EXCLUDEFROMCAPTURE)
            )
        if sys.platform == "darwin":
            return _exclude_on_macos(int(window.winId()))
    except (OSError, AttributeError):
        return False
    return False


def _exclude_on_macos(view_pointer: int) -> bool:
    # winId() is the window's NSView; its NSWindow takes the sharing type.
    library = ctypes.util.find_library("objc")
    if not library:
        return False
    objc = ctypes.cdll.LoadLibrary(library)
    objc.sel_registerName.restype = ctypes.c_void_p
    objc.sel_registerName.argtypes = [ctypes.c_char_p]
    send = objc.objc_msgSend
    send.restype = ctypes.c_void_p
    send.argtypes = [ctypes.c_void_p, ctypes.c_void_p]
    ns_window = send(view_pointer, objc.sel_registerName(b"window"))
    if not ns_window:
        return False
    set_sharing = ctypes.CFUNCTYPE(None, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_ulong)(
        ctypes.cast(send, ctypes.c_void_p).value or 0
    )
    set_sharing(ns_window, objc.sel_registerName(b"setSharingType:"), _NS_WINDOW_SHARING_NONE)
    return True
