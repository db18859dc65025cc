// The floor for the start-up benchmark: a bare QMainWindow that does nothing but show itself.
// Prints "first-paint" when it is first painted, then exits.

#include "firstpaint.h"

#include <QApplication>
#include <QMainWindow>

int main(int argc, char *argv[]) {
    QApplication app(argc, argv);
    QMainWindow window;
    window.resize(1280, 800); // the console's default size
    exotrunk::bench::FirstPaintExit watcher;
    window.installEventFilter(&watcher);
    window.show();
    return QApplication::exec();
}
