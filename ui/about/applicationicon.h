#pragma once

#include <QIcon>
#include <QString>

namespace exotrunk {

// The id shared by the .desktop file, the AppStream metainfo and the installed icon theme files;
// pass it to QGuiApplication::setDesktopFileName() so Wayland compositors find the entry.
QString applicationId();

// The window icon: the installed theme icon when present (it follows the desktop's icon theme),
// else the SVG compiled into the binary (":/icons/exotrunk-console.svg").
QIcon applicationIcon();

} // namespace exotrunk
