#pragma once

// Prints "first-paint" and quits when the watched top-level window is painted for the first
// time. Used identically by the start-up benchmark's console child and by its floor. With
// Then::KeepRunning it only prints (the child then waits for something later).

#include <QCoreApplication>
#include <QEvent>
#include <QObject>

#include <cstdio>

namespace exotrunk::bench {

class FirstPaintExit : public QObject {
public:
    enum class Then { Exit, KeepRunning };
    explicit FirstPaintExit(Then then = Then::Exit)
        : m_then(then) {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override {
        if (event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            std::fputs("first-paint\n", stdout);
            std::fflush(stdout);
            if (m_then == Then::Exit)
                QMetaObject::invokeMethod(
                    qApp, [] { QCoreApplication::exit(0); }, Qt::QueuedConnection);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    Then m_then;
    bool m_done = false;
};

} // namespace exotrunk::bench
