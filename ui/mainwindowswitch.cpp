// What the main window does when the account it talks to changes: everything bound to the old
// account (dialogs, edit actions) closes before that account's client goes, and the window says
// which account is being connected while nothing can be acted on.
#include "mainwindow.h"

#include "common/stateview.h"
#include "editing/trunkeditactions.h"
#include "trunkdetails/trunkdetailspage.h"
#include "trunkdetailsmodels.h"
#include "trunklist/trunklistpage.h"
#include "trunklistmodel.h"

#include "api/exotelclient.h"

#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QStatusBar>

#include <utility>

namespace exotrunk::ui {

namespace {
Q_LOGGING_CATEGORY(lcSwitch, "exotrunk.ui.switch")
}

void MainWindow::bindToConnection(QDialog *dialog) {
    if (!dialog)
        return;
    m_boundDialogs.removeAll(nullptr);
    if (!m_boundDialogs.contains(dialog))
        m_boundDialogs.append(dialog);
}

int MainWindow::closeAccountBoundWindows() {
    // The edit actions first: the dialogs they opened report to them.
    if (m_detailsPage)
        m_detailsPage->setEditActions(nullptr);
    delete m_editActions.data();

    int closed = 0;
    const QList<QPointer<QDialog>> dialogs = std::exchange(m_boundDialogs, {});
    for (const QPointer<QDialog> &dialog : dialogs) {
        if (!dialog)
            continue;
        if (dialog->isVisible())
            ++closed;
        qCInfo(lcSwitch) << "closing" << dialog->objectName() << "of profile" << m_info.profileId
                         << "because the connection changes";
        // done(), not reject(): a "close anyway?" question has no answer to wait for here.
        dialog->done(QDialog::Rejected);
        // Deleted now, while the client it holds exists, rather than later without it.
        delete dialog.data();
    }
    if (closed > 0) {
        statusBar()->showMessage(
            tr("%n window(s) of %1 closed because the account changed.", nullptr, closed)
                .arg(m_info.profileName));
    }
    return closed;
}

void MainWindow::showSwitching(const ConnectionInfo &next) {
    const QString previous = m_info.profileName;
    closeAccountBoundWindows();
    if (m_client)
        m_client->cancelAll();
    disconnect(m_rateLimitConnection);
    m_client = nullptr;
    m_known = nullptr;
    m_details->setClient(nullptr);
    m_listModel->setClient(nullptr, nullptr);
    m_listPage->filterEdit()->clear();
    m_listPage->hideMessage();
    m_regionLabel->setToolTip({});
    qCInfo(lcSwitch) << "switching from profile" << m_info.profileId << "to" << next.profileId;
    showConnecting(next);
    m_profileLabel->setToolTip(previous.isEmpty() ? QString()
                                                  : tr("Switching from %1").arg(previous));
    m_listPage->stateView()->showLoading(tr("Switching to %1…").arg(next.profileName));
    updateActions();
}

} // namespace exotrunk::ui
