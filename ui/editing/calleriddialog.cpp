#include "editing/calleriddialog.h"

#include "api/exotelclient.h"
#include "datetimetext.h"
#include "editing/editinglogging.h"
#include "workflows/aliashistory.h"
#include "workflows/trunkchanges.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace exotrunk {

CallerIdDialog::CallerIdDialog(ExotelClient *client, TrunkSid trunkSid, QString profileId,
                               QWidget *parent)
    : EditDialogBase(client, std::move(trunkSid), parent)
    , m_profileId(std::move(profileId))
    , m_alias(new QLineEdit(this))
    , m_validation(new QLabel(this))
    , m_last(new QLabel(this)) {
    setObjectName(QStringLiteral("callerIdDialog"));
    setWindowTitle(tr("Caller-ID alias of %1").arg(this->trunkSid().value()));
    m_alias->setObjectName(QStringLiteral("aliasEdit"));
    m_alias->setPlaceholderText(tr("+918047112233"));
    m_validation->setObjectName(QStringLiteral("aliasValidation"));
    m_validation->setWordWrap(true);
    m_last->setObjectName(QStringLiteral("lastAliasLabel"));
    m_last->setWordWrap(true);
    m_last->setText(lastAliasText(m_profileId, this->trunkSid()));

    formLayout()->addRow(tr("Last set:"), m_last);
    formLayout()->addRow(tr("New &alias (E.164):"), m_alias);
    formLayout()->addRow(QString(), m_validation);
    addNote(tr("The alias is the number shown to called parties for outbound calls on this trunk. "
               "“Last set” is only what this console set, on this computer; the details page "
               "shows the alias Exotel reports where the account's server can read it back."),
            QStringLiteral("aliasNote"));
    submitButton()->setText(tr("&Set alias"));

    connect(m_alias, &QLineEdit::textChanged, this, &CallerIdDialog::validateInput);
    validateInput();
}

QString CallerIdDialog::lastAliasText(const QString &profileId, const TrunkSid &trunkSid) {
    const auto last = AliasHistory::last(profileId, trunkSid);
    if (!last)
        return tr("Not set by this console (Exotel cannot report the current alias).");
    return tr("%1 — set by this console on %2").arg(last->alias, dateTimeText(last->setAt));
}

void CallerIdDialog::validateInput() {
    const QString text = m_alias->text();
    const Validity v = text.isEmpty() ? Validity::ok() : validate::e164(text);
    showValidity(m_validation, v);
    setInputValid(!text.isEmpty() && v.isAcceptable());
}

void CallerIdDialog::setInputsEnabled(bool enabled) {
    m_alias->setEnabled(enabled);
}

void CallerIdDialog::submit() {
    const QString alias = m_alias->text();
    qCInfo(lcEditing) << "setting caller-ID alias of trunk" << trunkSid().value() << "to" << alias;
    track(changes()->setCallerIdAlias(alias, this,
                                      [this, alias](const ApiResult<TrunkSetting> &result) {
                                          if (!result.isOk()) {
                                              showError(result.error());
                                              return;
                                          }
                                          const QDateTime at = QDateTime::currentDateTimeUtc();
                                          AliasHistory::record(m_profileId, trunkSid(), alias, at);
                                          emit aliasSet(alias, at);
                                          accept();
                                      }),
          tr("Setting the alias…"));
}

} // namespace exotrunk
