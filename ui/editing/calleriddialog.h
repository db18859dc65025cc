#pragma once

#include "editing/editdialogbase.h"

#include <QDateTime>

class QLabel;
class QLineEdit;

namespace exotrunk {

// "Set caller-ID alias" (trunk_external_alias). The API cannot read the alias back, so the
// dialog shows the last alias this console set (AliasHistory) and records the new one.
class CallerIdDialog : public EditDialogBase {
    Q_OBJECT
public:
    CallerIdDialog(ExotelClient *client, TrunkSid trunkSid, QString profileId,
                   QWidget *parent = nullptr);

    // "+91… — set by this console on …", or that this console never set one.
    static QString lastAliasText(const QString &profileId, const TrunkSid &trunkSid);

signals:
    void aliasSet(const QString &alias, const QDateTime &at);

protected:
    void submit() override;
    void setInputsEnabled(bool enabled) override;

private:
    void validateInput();

    QString m_profileId;
    QLineEdit *m_alias;
    QLabel *m_validation;
    QLabel *m_last;
};

} // namespace exotrunk
