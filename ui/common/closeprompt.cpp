#include "common/closeprompt.h"

#include "workflows/provisioningengine.h"

#include <QCoreApplication>
#include <QMessageBox>

namespace exotrunk::ui {

bool mayCloseWhileProvisioning(QWidget *parent, ProvisioningEngine *engine) {
    if (!engine || !engine->isUnfinished())
        return true;
    QMessageBox box(
        QMessageBox::Question,
        QCoreApplication::translate("ClosePrompt", "Close while the trunk is unfinished?"),
        QCoreApplication::translate(
            "ClosePrompt", "The trunk is not finished. If you close now, it keeps what is done so "
                           "far and its details page offers “Finish setup”. Close anyway?"),
        QMessageBox::Yes | QMessageBox::No, parent);
    box.setObjectName(QStringLiteral("closeUnfinishedTrunkQuestion"));
    box.setDefaultButton(QMessageBox::No);
    if (box.exec() != QMessageBox::Yes)
        return false;
    engine->abandon();
    return true;
}

} // namespace exotrunk::ui
