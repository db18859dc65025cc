#include "deletetrunkdialog.h"

#include "trunkdetailsmodels.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace exotrunk::ui {

DeleteTrunkDialog::DeleteTrunkDialog(const Trunk &trunk, ExotelClient *client, QWidget *parent)
    : QDialog(parent)
    , m_trunk(trunk)
    , m_counter(new TrunkDetailsController(this)) {
    setObjectName(QStringLiteral("deleteTrunkDialog"));
    setWindowTitle(tr("Delete Trunk"));
    setModal(true);

    auto *icon = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_MessageBoxIconSize);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(size, size));

    auto *heading =
        new QLabel(tr("Delete the trunk “%1”?").arg(trunk.displayName().toHtmlEscaped()), this);
    heading->setObjectName(QStringLiteral("deleteHeading"));
    QFont f = heading->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.2);
    heading->setFont(f);
    heading->setWordWrap(true);

    auto *sid = new QLabel(tr("Trunk ID: %1").arg(trunk.sid.value()), this);
    sid->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_consequences = new QLabel(this);
    m_consequences->setObjectName(QStringLiteral("deleteConsequencesLabel"));
    m_consequences->setWordWrap(true);

    auto *undo =
        new QLabel(tr("This cannot be undone. Calls through this trunk stop working."), this);
    undo->setObjectName(QStringLiteral("deleteUndoLabel"));
    undo->setWordWrap(true);
    QFont bold = undo->font();
    bold.setBold(true);
    undo->setFont(bold);

    auto *prompt = new QLabel(
        trunk.name.isEmpty()
            ? tr("This trunk has no name. Type its ID <b>%1</b> to confirm:")
                  .arg(trunk.sid.value().toHtmlEscaped())
            : tr("Type the trunk name <b>%1</b> to confirm:").arg(trunk.name.toHtmlEscaped()),
        this);
    prompt->setTextFormat(Qt::RichText);
    m_confirm = new QLineEdit(this);
    m_confirm->setObjectName(QStringLiteral("deleteConfirmEdit"));
    m_confirm->setAccessibleName(tr("Trunk name to confirm"));
    m_confirm->setPlaceholderText(confirmationText());
    prompt->setBuddy(m_confirm);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("deleteCancelButton"));
    m_delete = buttons->addButton(tr("Delete Trunk"), QDialogButtonBox::DestructiveRole);
    m_delete->setObjectName(QStringLiteral("deleteTrunkButton"));
    m_delete->setEnabled(false);
    m_delete->setAutoDefault(false);
    cancel->setDefault(true);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_delete, &QPushButton::clicked, this, [this] {
        if (m_confirm->text() == confirmationText())
            accept();
    });
    // Enter in the field confirms what was typed, when it is the name exactly (case and
    // whitespace included). Otherwise the key goes on to the dialog's default button: Cancel.
    connect(m_confirm, &QLineEdit::returnPressed, this, [this] {
        if (m_confirm->text() == confirmationText())
            accept();
    });

    auto *text = new QVBoxLayout;
    text->addWidget(heading);
    text->addWidget(sid);
    text->addSpacing(6);
    text->addWidget(m_consequences);
    text->addWidget(undo);
    text->addSpacing(10);
    text->addWidget(prompt);
    text->addWidget(m_confirm);

    auto *row = new QHBoxLayout;
    row->addWidget(icon, 0, Qt::AlignTop);
    row->addSpacing(8);
    row->addLayout(text, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addSpacing(8);
    layout->addWidget(buttons);
    setMinimumWidth(480);

    connect(m_confirm, &QLineEdit::textChanged, this, &DeleteTrunkDialog::updateDeleteEnabled);
    connect(m_counter, &TrunkDetailsController::sectionStateChanged, this,
            &DeleteTrunkDialog::updateConsequences);
    m_counter->setClient(client);
    m_counter->loadSections(trunk.sid);
    updateConsequences();
}

DeleteTrunkDialog::~DeleteTrunkDialog() {
    // The counting belongs to this dialog; nothing it asked for may outlive it.
    m_counter->cancel();
}

void DeleteTrunkDialog::updateDeleteEnabled() {
    m_delete->setEnabled(m_confirm->text() == confirmationText());
}

void DeleteTrunkDialog::updateConsequences() {
    auto count = [](SectionModel *model, const char *one, const char *many) -> QString {
        switch (model->state()) {
        case SectionModel::State::Loaded:
        case SectionModel::State::Empty: {
            const int n = model->rowCount();
            return tr(n == 1 ? one : many).arg(n);
        }
        case SectionModel::State::Error:
            return tr(many).arg(tr("an unknown number of"));
        case SectionModel::State::Idle:
        case SectionModel::State::Loading:
            break;
        }
        return tr(many).arg(QStringLiteral("…"));
    };
    const QString numbers = count(m_counter->phoneNumbers(), QT_TR_NOOP("%1 phone number"),
                                  QT_TR_NOOP("%1 phone numbers"));
    const QString ips = count(m_counter->whitelistedIps(), QT_TR_NOOP("%1 whitelisted IP"),
                              QT_TR_NOOP("%1 whitelisted IPs"));
    const QString uris = count(m_counter->destinationUris(), QT_TR_NOOP("%1 destination URI"),
                               QT_TR_NOOP("%1 destination URIs"));
    const QString credentials =
        count(m_counter->credentials(), QT_TR_NOOP("%1 credential"), QT_TR_NOOP("%1 credentials"));
    QString text =
        tr("It takes with it its %1, %2, %3 and %4.").arg(numbers, ips, uris, credentials);
    if (!m_counter->sectionsSettled())
        text += QLatin1Char(' ') + tr("Counting…");
    m_consequences->setText(text);
}

} // namespace exotrunk::ui
