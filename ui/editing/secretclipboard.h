#pragma once

#include <QByteArray>
#include <QObject>
#include <QTimer>

#include <chrono>

namespace exotrunk {

// Puts a secret (a password, or a hand-off text containing one) on the clipboard and takes it
// off again after a delay — but only if the clipboard still holds that secret, so whatever the
// user copied in the meantime is left alone. Only a digest of the secret is kept.
//
// Every copy of a secret in the console goes through here: the data is marked for clipboard
// managers as a password ("x-kde-passwordManagerHint: secret") and only the clipboard proper is
// written, never the X11 selection.
class SecretClipboard : public QObject {
    Q_OBJECT
public:
    static SecretClipboard *instance();

    // 30 s by default; tests shorten it.
    static void setClearDelay(std::chrono::milliseconds delay);
    static std::chrono::milliseconds clearDelay();

    // The MIME format that tells clipboard managers not to keep the data in their history.
    static QString passwordManagerHintFormat();

    void copy(const QString &secret);
    bool isHoldingSecret() const { return !m_digest.isEmpty(); }

signals:
    void copied();
    // The delay ran out (or the application is quitting): `cleared` says whether the clipboard
    // still held the secret and was emptied.
    void expired(bool cleared);

private:
    explicit SecretClipboard(QObject *parent);
    void expire();
    static QByteArray digest(const QString &text);

    QTimer m_timer;
    QByteArray m_digest;
};

} // namespace exotrunk
