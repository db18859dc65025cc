#pragma once

#include "domain/ids.h"

#include <QObject>
#include <QPointer>
#include <QString>

namespace exotrunk {

class ApiCall;
class ExotelClient;

// Which trunk of the account a number is mapped to, asked of the account itself
// (GET /trunk-maps?exophone=), for the troubleshooter's 404. A read: nothing is changed. On a
// server without that endpoint the answer says so, and available() turns false with the reason.
class NumberLookup : public QObject {
    Q_OBJECT
public:
    NumberLookup(ExotelClient *client, TrunkSid currentTrunk, QObject *parent = nullptr);

    bool available() const;
    QString unavailableReason() const; // translated; empty while available
    bool isRunning() const { return !m_call.isNull(); }

    // Asks for `e164`; finished() follows once (also on error).
    void lookUp(const QString &e164);

signals:
    // One sentence: "+91… is mapped to trunk trmum1… (not this one).", "… is not mapped to any
    // trunk of this account.", or why the account could not say.
    void finished(const QString &sentence);

private:
    QPointer<ExotelClient> m_client;
    TrunkSid m_current;
    QPointer<ApiCall> m_call;
};

} // namespace exotrunk
