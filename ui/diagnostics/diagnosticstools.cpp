#include "diagnosticstools.h"

#include "diagnostics/numberlookup.h"
#include "diagnostics/supportbundle.h"
#include "networkhandoffdialog.h"
#include "textreportdialog.h"
#include "troubleshooterdialog.h"
#include "trunkdetails/readinesspanel.h"
#include "trunkdetailsmodels.h"

#include "api/exotelclient.h"
#include "api/requesthistory.h"

#include <QHBoxLayout>
#include <QPushButton>

namespace exotrunk::ui {

namespace {

// The support bundle: a plain text report with nothing to choose.
class SupportBundleDialog : public TextReportDialog {
public:
    SupportBundleDialog(const QString &trunkLabel, const QString &text, QWidget *parent)
        : TextReportDialog(DiagnosticsTools::tr("Support bundle — %1").arg(trunkLabel),
                           DiagnosticsTools::tr("exotel-support-bundle.txt"),
                           QStringLiteral("supportBundle"), parent) {
        setText(text);
    }
};

} // namespace

DiagnosticsTools::DiagnosticsTools(TrunkDetailsController *controller, ReadinessPanel *panel,
                                   QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_panel(panel) {
    setObjectName(QStringLiteral("diagnosticsTools"));
    const auto button = [this](const QString &text, const char *name, const QString &tip) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(QLatin1String(name));
        b->setToolTip(tip);
        return b;
    };
    QPushButton *troubleshoot =
        button(tr("Troubleshoot a SIP &code…"), "troubleshootButton",
               tr("What a SIP response code or an audio symptom means for this trunk"));
    QPushButton *handoff =
        button(tr("Net&work hand-off…"), "networkHandoffButton",
               tr("Firewall rules and the go-live checklist for the customer's network team"));
    QPushButton *bundle =
        button(tr("Support b&undle…"), "supportBundleButton",
               tr("Everything Exotel support asks for about this trunk, without secrets"));
    connect(troubleshoot, &QPushButton::clicked, this, &DiagnosticsTools::openTroubleshooter);
    connect(handoff, &QPushButton::clicked, this, &DiagnosticsTools::openHandoff);
    connect(bundle, &QPushButton::clicked, this, &DiagnosticsTools::openBundle);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(troubleshoot);
    layout->addWidget(handoff);
    layout->addWidget(bundle);
    layout->addStretch(1);
}

QString DiagnosticsTools::trunkLabel() const {
    const auto &trunk = m_controller->trunk();
    return trunk ? trunk->nameAndSid() : m_controller->trunkSid().value();
}

void DiagnosticsTools::show(QDialog *dialog) {
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    emit dialogOpened(dialog);
    dialog->show();
}

void DiagnosticsTools::openTroubleshooter() {
    auto *dialog = new TroubleshooterDialog(trunkLabel(), m_panel->configuration(), window());
    dialog->setNumberLookup(new NumberLookup(m_controller->client(), m_controller->trunkSid()));
    // Sections that finish loading while it is open are checked too.
    connect(m_controller, &TrunkDetailsController::sectionStateChanged, dialog,
            [this, dialog] { dialog->setConfiguration(m_panel->configuration()); });
    connect(dialog, &TroubleshooterDialog::probeRequested, this, &DiagnosticsTools::probeRequested);
    show(dialog);
}

void DiagnosticsTools::openHandoff() {
    QString error;
    std::optional<ExotelNetworkData> network = NetworkHandoffDialog::bundledData(&error);
    const auto destinations = m_panel->configuration().destinations;
    show(new NetworkHandoffDialog(trunkLabel(), destinations.value_or(QList<DestinationUri>{}),
                                  std::move(network), error, window()));
}

void DiagnosticsTools::openBundle() {
    SupportBundleInput input;
    if (const ExotelClient *client = m_controller->client()) {
        input.accountSid = client->config().accountSid;
        input.requests = client->requestHistory().about(m_controller->trunkSid().value());
        input.requestsCollected = true;
    }
    input.probeLines = m_panel->probeLines();
    input.config = m_panel->configuration();
    input.purpose = m_panel->purpose();
    input.findings = m_panel->findings();
    input.generatedAt = QDateTime::currentDateTime();
    show(new SupportBundleDialog(trunkLabel(), supportBundleText(input), window()));
}

} // namespace exotrunk::ui
