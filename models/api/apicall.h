#pragma once

#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace exotrunk {

// One API call in flight (a paginated list is one call spanning several requests).
// Owned by the client; it deletes itself after it finished. Hold it in a QPointer.
class ApiCall : public QObject {
    Q_OBJECT
public:
    // Aborts the request. The callback then runs once with ApiError::Kind::Cancelled,
    // unless its context object is already gone.
    void cancel();
    bool isFinished() const { return m_finished; }
    QString description() const { return m_description; } // "GET /trunks", never secrets

signals:
    // For lists: items loaded so far and the total when the server tells it.
    void progress(int loaded, std::optional<int> total);
    void finished();

protected:
    explicit ApiCall(QString description, QObject *parent);
    std::function<void()> m_abort;
    bool m_finished = false;
    QString m_description;
};

} // namespace exotrunk
