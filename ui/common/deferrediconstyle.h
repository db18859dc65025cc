#pragma once

#include <QProxyStyle>

namespace exotrunk::ui {

// The application's style, handing out its standard icons unread: each is read from its image
// files the first time it is drawn or measured, not when a widget asks for it. Building the main
// window then reads no image at all — the menu bar's and the toolbar's overflow buttons and the
// filter's clear button all ask for one, and none of them shows on the first paint. The first
// image a process reads loads every installed image-format plugin (SVG, GIF, ICO, JPEG and their
// libraries), a cost the window's first paint does not wait for (tests/benchmarks/bench_startup).
class DeferredIconStyle : public QProxyStyle {
    Q_OBJECT
public:
    // Wraps `base` and takes ownership of it, as QProxyStyle does.
    explicit DeferredIconStyle(QStyle *base);

    QIcon standardIcon(StandardPixmap standardIcon, const QStyleOption *option = nullptr,
                       const QWidget *widget = nullptr) const override;

    // Makes the style QApplication chose (the desktop's, or -style) hand out deferred icons.
    // Call before the first widget is built.
    static void install();
};

} // namespace exotrunk::ui
