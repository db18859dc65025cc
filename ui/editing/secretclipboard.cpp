#include "editing/secretclipboard.h"

#include "editing/editinglogging.h"

#include <QApplication>
#include <QClipboard>
#include <QCryptographicHash>
#include <QGuiApplication>
#include <QMimeData>
#include <QPointer>

namespace exotrunk {

namespace {
std::chrono::milliseconds g_clearDelay{30000};
}

SecretClipboard *SecretClipboard::instance() {
    static QPointer<SecretClipboard> s_instance;
    if (!s_instance)
        s_instance = new SecretClipboard(QCoreApplication::instance());
    return s_instance;
}

void SecretClipboard::setClearDelay(std::chrono::milliseconds delay) {
    g_clearDelay = delay;
}

std::chrono::milliseconds SecretClipboard::clearDelay() {
    return g_clearDelay;
}

SecretClipboard::SecretClipboard(QObject *parent)
    : QObject(parent) {
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SecretClipboard::expire);
    // A secret must not outlive the console on the system clipboard either.
    connect(qApp, &QCoreApplication::aboutToQuit, this, [this] {
        if (isHoldingSecret())
            expire();
    });
}

QString SecretClipboard::passwordManagerHintFormat() {
    return QStringLiteral("x-kde-passwordManagerHint");
}

QByteArray SecretClipboard::digest(const QString &text) {
    return QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256);
}

void SecretClipboard::copy(const QString &secret) {
    if (secret.isEmpty())
        return;
    // Clipboard managers (Klipper, KeePassXC's convention) keep no history of data marked so.
    // Only the clipboard proper: the X11 selection is pasted by a middle click anywhere.
    auto *data = new QMimeData;
    data->setText(secret);
    data->setData(passwordManagerHintFormat(), QByteArrayLiteral("secret"));
    QGuiApplication::clipboard()->setMimeData(data, QClipboard::Clipboard);
    m_digest = digest(secret);
    m_timer.start(g_clearDelay);
    qCInfo(lcEditing) << "secret copied to the clipboard; it is cleared in" << g_clearDelay.count()
                      << "ms";
    emit copied();
}

void SecretClipboard::expire() {
    m_timer.stop();
    QClipboard *clipboard = QGuiApplication::clipboard();
    const bool stillThere =
        !m_digest.isEmpty() && digest(clipboard->text(QClipboard::Clipboard)) == m_digest;
    if (stillThere)
        clipboard->clear(QClipboard::Clipboard);
    m_digest.clear();
    qCInfo(lcEditing) << (stillThere ? "clipboard cleared"
                                     : "clipboard changed meanwhile; left alone");
    emit expired(stillThere);
}

} // namespace exotrunk
