#include "editing/removealiasdialog.h"

#include "editing/editinglogging.h"
#include "workflows/trunkchanges.h"
#include "workflows/trunkchangetexts.h"

#include <QPushButton>

namespace exotrunk {

RemoveAliasDialog::RemoveAliasDialog(ExotelClient *client, TrunkSid trunkSid, const QString &alias,
                                     QWidget *parent)
    : EditDialogBase(client, std::move(trunkSid), parent)
    , m_alias(alias) {
    setObjectName(QStringLiteral("removeAliasDialog"));
    setWindowTitle(tr("Remove caller-ID alias from %1").arg(this->trunkSid().value()));
    setMinimumWidth(460);
    const QString shown = m_alias.isEmpty() ? tr("(not known)") : m_alias;
    addNote(tr("Remove the caller-ID alias %1 from trunk %2?")
                .arg(shown.toHtmlEscaped(), this->trunkSid().value().toHtmlEscaped()),
            QStringLiteral("removeQuestion"));
    addNote(TrunkChangeTexts::aliasRemoved(shown).toHtmlEscaped(),
            QStringLiteral("removeConsequences"));
    submitButton()->setText(tr("&Remove alias"));
    submitButton()->setDefault(false);
    submitButton()->setAutoDefault(false);
    cancelButton()->setDefault(true);
    setInputValid(true);
}

void RemoveAliasDialog::submit() {
    qCInfo(lcEditing) << "removing the caller-ID alias of trunk" << trunkSid().value();
    track(changes()->removeCallerIdAlias(this,
                                         [this](const ApiResult<TrunkSetting> &result) {
                                             if (!result.isOk()) {
                                                 showError(result.error());
                                                 return;
                                             }
                                             emit aliasRemoved();
                                             accept();
                                         }),
          tr("Removing the alias…"));
}

} // namespace exotrunk
