#pragma once

// Prints "first-paint" and quits when the watched top-level window is painted for the first
// time. Used identically by the start-up benchmark's console child and by its floor.

#include <QCoreApplication>
#include <QEvent>
#include <QObject>

#include <cstdio>

namespace exotrunk::bench {

class FirstPaintExit : public QObject {
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override {
        if (event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            std::fputs("first-paint\n", stdout);
            std::fflush(stdout);
            QMetaObject::invokeMethod(
                qApp, [] { QCoreApplication::exit(0); }, Qt::QueuedConnection);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_done = false;
};

} // namespace exotrunk::bench
