#include "editing/rotatecredentialdialog.h"

#include "common/palettecolors.h"

#include "api/exotelclient.h"
#include "datetimetext.h"
#include "editing/editinglogging.h"
#include "editing/oncesecretpanel.h"
#include "editing/secretclipboard.h"

#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace exotrunk {

namespace {

QLabel *wrapped(const QString &text, const QString &objectName, QWidget *parent) {
    auto *label = new QLabel(text, parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    return label;
}

QLabel *heading(const QString &text, QWidget *parent) {
    auto *label = new QLabel(text, parent);
    QFont f = label->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.15);
    label->setFont(f);
    label->setWordWrap(true);
    return label;
}

QString quoted(const QString &name) {
    return QStringLiteral("“%1”").arg(name.toHtmlEscaped());
}

} // namespace

RotateCredentialDialog::RotateCredentialDialog(ExotelClient *client, QString profileId,
                                               TrunkSid trunkSid, QWidget *parent,
                                               std::optional<Credential> preselected,
                                               std::optional<PendingRotation> resume)
    : QDialog(parent)
    , m_rotation(new CredentialRotation(client, std::move(profileId), std::move(trunkSid), this))
    , m_preselected(std::move(preselected)) {
    setObjectName(QStringLiteral("rotateCredentialDialog"));
    setWindowTitle(tr("Rotate SIP credential — %1").arg(m_rotation->trunkSid().value()));
    setMinimumSize(600, 460);

    m_steps = new QLabel(this);
    m_steps->setObjectName(QStringLiteral("stepsLabel"));
    m_steps->setTextFormat(Qt::RichText);

    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("rotationPages"));
    m_pages->insertWidget(ChoosePage, buildChoosePage());
    m_pages->insertWidget(CreatingPage,
                          buildProgressPage(&m_creatingLabel, QStringLiteral("creatingLabel")));
    m_pages->insertWidget(HandOffPage, buildHandOffPage());
    m_pages->insertWidget(DeletingPage,
                          buildProgressPage(&m_deletingLabel, QStringLiteral("deletingLabel")));
    m_pages->insertWidget(DonePage, buildDonePage());
    m_pages->insertWidget(DeleteFailedPage, buildDeleteFailedPage());

    auto makeButton = [this](const QString &text, const QString &name) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(name);
        b->setAutoDefault(false);
        return b;
    };
    m_cancel = makeButton(tr("Cancel"), QStringLiteral("cancelButton"));
    m_create = makeButton(tr("&Create new credential"), QStringLiteral("createButton"));
    m_finishLater = makeButton(tr("Finish &later"), QStringLiteral("finishLaterButton"));
    m_finishLater->setToolTip(tr("Close this dialog. The rotation is saved and offered again as "
                                 "“Finish rotation” on the trunk page."));
    m_peerUpdated = makeButton(tr("I have &updated the peer"), QStringLiteral("peerUpdatedButton"));
    m_retryDelete = makeButton(tr("&Retry"), QStringLiteral("retryDeleteButton"));
    m_close = makeButton(tr("&Close"), QStringLiteral("closeButton"));
    m_cancel->setToolTip(tr("Close without changing anything"));
    m_create->setToolTip(
        tr("Create the new credential first; the old one stays until the peer uses the new one"));
    m_peerUpdated->setToolTip(tr("Delete the old credential now that the peer uses the new one"));
    m_retryDelete->setToolTip(tr("Try deleting the old credential again"));
    m_close->setToolTip(tr("Close this dialog"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_finishLater);
    buttons->addStretch(1);
    buttons->addWidget(m_create);
    buttons->addWidget(m_peerUpdated);
    buttons->addWidget(m_retryDelete);
    buttons->addWidget(m_close);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_steps);
    auto *line = new QFrame(this);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    layout->addWidget(line);
    layout->addWidget(m_pages, 1);
    layout->addLayout(buttons);

    connect(m_cancel, &QPushButton::clicked, this, &RotateCredentialDialog::reject);
    connect(m_finishLater, &QPushButton::clicked, this, &RotateCredentialDialog::reject);
    connect(m_close, &QPushButton::clicked, this, &RotateCredentialDialog::accept);
    connect(m_create, &QPushButton::clicked, this, [this] {
        m_chooseError->hide();
        m_rotation->setNewUserName(m_newUserName->text());
        m_rotation->setNewFriendlyName(m_newFriendlyName->text());
        m_rotation->start();
    });
    connect(m_peerUpdated, &QPushButton::clicked, m_rotation,
            &CredentialRotation::confirmPeerUpdated);
    connect(m_retryDelete, &QPushButton::clicked, m_rotation, &CredentialRotation::retryDelete);

    connect(m_rotation, &CredentialRotation::stageChanged, this,
            &RotateCredentialDialog::onStageChanged);
    connect(m_rotation, &CredentialRotation::credentialsLoaded, this,
            &RotateCredentialDialog::fillCredentialList);
    connect(m_rotation, &CredentialRotation::credentialsLoadFailed, this,
            [this](const ApiError &error) {
                if (error.kind == ApiError::Kind::Cancelled)
                    return;
                m_loading->setText(tr("The credentials could not be loaded: %1")
                                       .arg(error.userMessage().toHtmlEscaped()));
            });
    connect(m_rotation, &CredentialRotation::proposalChanged, this,
            &RotateCredentialDialog::updateProposal);
    connect(m_rotation, &CredentialRotation::createFailed, this, [this](const ApiError &error) {
        m_chooseError->setText(tr("The new credential was not created: %1 Nothing was changed.")
                                   .arg(error.userMessage()));
        m_chooseError->setToolTip(error.technicalDetails());
        m_chooseError->show();
    });
    connect(m_rotation, &CredentialRotation::newCredentialCreated, this, [this] {
        emit credentialsChanged();
        emit pendingRotationsChanged();
    });
    connect(m_rotation, &CredentialRotation::oldCredentialDeleted, this, [this] {
        emit credentialsChanged();
        emit pendingRotationsChanged();
    });

    std::optional<PendingRotation> toResume = resume;
    if (!toResume) {
        const QList<PendingRotation> pending =
            CredentialRotation::pending(m_rotation->profileId(), m_rotation->trunkSid());
        if (!pending.isEmpty())
            toResume = pending.first();
    }
    if (toResume && m_rotation->resume(*toResume)) {
        onStageChanged(m_rotation->stage());
    } else {
        m_rotation->loadCredentials();
        onStageChanged(RotationStage::Choosing);
    }
}

RotateCredentialDialog::~RotateCredentialDialog() {
    if (m_secret)
        m_secret->wipe();
    if (m_handOffText)
        m_handOffText->clear();
}

RotateCredentialDialog::Page RotateCredentialDialog::currentPage() const {
    return Page(m_pages->currentIndex());
}

QWidget *RotateCredentialDialog::buildChoosePage() {
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(heading(tr("Which credential do you want to replace?"), page));
    layout->addWidget(wrapped(
        tr("The console creates a new credential next to the old one, shows you its password "
           "once, and deletes the old credential only after you confirm that the PBX or Voice AI "
           "platform uses the new one — calls keep working throughout."),
        QStringLiteral("chooseIntro"), page));

    m_loading =
        wrapped(tr("Loading the trunk's credentials…"), QStringLiteral("loadingLabel"), page);
    layout->addWidget(m_loading);
    m_credentialList = new QListWidget(page);
    m_credentialList->setObjectName(QStringLiteral("credentialList"));
    m_credentialList->setAccessibleName(tr("Credentials of the trunk"));
    m_credentialList->setAccessibleDescription(tr("Choose the credential to replace"));
    m_credentialList->setMinimumHeight(m_credentialList->fontMetrics().lineSpacing() * 4);
    m_credentialList->setMaximumHeight(m_credentialList->fontMetrics().lineSpacing() * 9);
    layout->addWidget(m_credentialList);

    auto *form = new QFormLayout;
    m_newUserName = new QLineEdit(page);
    m_newUserName->setObjectName(QStringLiteral("newUserNameEdit"));
    m_newUserName->setMaxLength(32);
    m_newUserName->setToolTip(tr("The user name the peer will use with the new password"));
    m_newFriendlyName = new QLineEdit(page);
    m_newFriendlyName->setObjectName(QStringLiteral("newFriendlyNameEdit"));
    m_newFriendlyName->setMaxLength(32);
    m_newFriendlyName->setPlaceholderText(tr("optional, up to 32 characters"));
    form->addRow(tr("New &user name:"), m_newUserName);
    form->addRow(tr("New &friendly name:"), m_newFriendlyName);
    form->addRow(tr("New password:"),
                 wrapped(tr("24 random characters, generated now and shown once the credential "
                            "exists."),
                         QStringLiteral("passwordPlan"), page));
    layout->addLayout(form);
    m_choiceValidation = wrapped({}, QStringLiteral("choiceValidation"), page);
    ui::setToneText(m_choiceValidation, ui::Tone::Danger);
    layout->addWidget(m_choiceValidation);
    m_chooseError = wrapped({}, QStringLiteral("chooseErrorLabel"), page);
    m_chooseError->setTextFormat(Qt::PlainText);
    ui::setToneText(m_chooseError, ui::Tone::Danger);
    m_chooseError->hide();
    layout->addWidget(m_chooseError);
    layout->addStretch(1);

    // By the id each item carries, never by its row: the list's order is the view's business.
    connect(m_credentialList, &QListWidget::currentItemChanged, this,
            [this](QListWidgetItem *current) {
                if (!current)
                    return;
                const QString id = current->data(Qt::UserRole).toString();
                for (const Credential &c : m_rotation->credentials()) {
                    if (c.id.value() == id) {
                        m_rotation->choose(c);
                        return;
                    }
                }
            });
    connect(m_newUserName, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_rotation->setNewUserName(text);
        validateChoice();
    });
    connect(m_newFriendlyName, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_rotation->setNewFriendlyName(text);
        validateChoice();
    });
    return page;
}

QWidget *RotateCredentialDialog::buildProgressPage(QLabel **label, const QString &objectName) {
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->addStretch(1);
    *label = wrapped({}, objectName, page);
    (*label)->setAlignment(Qt::AlignCenter);
    layout->addWidget(*label);
    auto *bar = new QProgressBar(page);
    bar->setObjectName(objectName + QStringLiteral("Progress"));
    bar->setRange(0, 0);
    bar->setTextVisible(false);
    bar->setMaximumWidth(260);
    layout->addWidget(bar, 0, Qt::AlignHCenter);
    layout->addStretch(2);
    return page;
}

QWidget *RotateCredentialDialog::buildHandOffPage() {
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    m_handOffTitle = heading({}, page);
    m_handOffTitle->setObjectName(QStringLiteral("handOffTitle"));
    layout->addWidget(m_handOffTitle);
    m_resumeNote = wrapped({}, QStringLiteral("resumeNote"), page);
    ui::setToneText(m_resumeNote, ui::Tone::Warning);
    layout->addWidget(m_resumeNote);
    m_secret = new OnceSecretPanel(page);
    layout->addWidget(m_secret);

    layout->addWidget(wrapped(tr("Hand-off text for whoever configures the peer:"),
                              QStringLiteral("handOffCaption"), page));
    m_handOffText = new QPlainTextEdit(page);
    m_handOffText->setObjectName(QStringLiteral("handOffText"));
    m_handOffText->setReadOnly(true);
    m_handOffText->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_handOffText->setAccessibleName(tr("Hand-off text"));
    // Tall enough for the whole hand-off, no taller: the confirmation below must stay in view.
    m_handOffText->setFixedHeight(m_handOffText->fontMetrics().lineSpacing() * 9 +
                                  2 * m_handOffText->frameWidth() + 8);
    m_handOffText->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    layout->addWidget(m_handOffText);
    m_copyHandOff = new QPushButton(tr("Copy &hand-off text"), page);
    m_copyHandOff->setObjectName(QStringLiteral("copyHandOffButton"));
    m_copyHandOff->setAutoDefault(false);
    layout->addWidget(m_copyHandOff, 0, Qt::AlignLeft);
    connect(m_copyHandOff, &QPushButton::clicked, this, [this] {
        // It holds the password: same clipboard rules as the password itself.
        SecretClipboard::instance()->copy(m_handOffText->toPlainText());
    });
    m_bothWork = wrapped({}, QStringLiteral("bothWorkNote"), page);
    layout->addSpacing(6);
    layout->addWidget(m_bothWork);
    layout->addStretch(1);
    return page;
}

QWidget *RotateCredentialDialog::buildDonePage() {
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->addStretch(1);
    m_doneLabel = wrapped({}, QStringLiteral("doneLabel"), page);
    m_doneLabel->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_doneLabel);
    layout->addStretch(2);
    return page;
}

QWidget *RotateCredentialDialog::buildDeleteFailedPage() {
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(heading(tr("The old credential was not deleted"), page));
    m_deleteError = wrapped({}, QStringLiteral("deleteErrorLabel"), page);
    m_deleteError->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_deleteError);
    // Only offered when finishing is impossible: otherwise a rotation is never dropped.
    auto *abandon = new QPushButton(page);
    abandon->setObjectName(QStringLiteral("abandonButton"));
    abandon->setAutoDefault(false);
    abandon->setToolTip(tr("Forget this rotation without deleting anything."));
    m_abandon = abandon;
    connect(abandon, &QPushButton::clicked, m_rotation, &CredentialRotation::abandon);
    layout->addWidget(abandon, 0, Qt::AlignLeft);
    layout->addStretch(1);
    return page;
}

void RotateCredentialDialog::fillCredentialList() {
    const QList<Credential> &credentials = m_rotation->credentials();
    m_credentialList->clear();
    for (const Credential &c : credentials) {
        QString text = c.userName;
        if (!c.friendlyName.isEmpty())
            text += QStringLiteral(" — ") + c.friendlyName;
        if (c.created.isValid())
            text +=
                QStringLiteral("   ") +
                tr("(created %1)")
                    .arg(QLocale().toString(c.created.toLocalTime().date(), QLocale::ShortFormat));
        auto *item = new QListWidgetItem(text, m_credentialList);
        item->setData(Qt::UserRole, c.id.value());
    }
    if (credentials.isEmpty()) {
        m_loading->setText(tr("This trunk has no SIP digest credentials to rotate."));
        m_loading->show();
    } else {
        m_loading->hide();
    }
    QListWidgetItem *select = nullptr;
    const CredentialId wanted = !m_rotation->oldCredential().id.isEmpty()
                                    ? m_rotation->oldCredential().id
                                    : (m_preselected ? m_preselected->id : CredentialId());
    for (int row = 0; row < m_credentialList->count(); ++row) {
        QListWidgetItem *item = m_credentialList->item(row);
        if (!wanted.isEmpty() && item->data(Qt::UserRole).toString() == wanted.value())
            select = item;
    }
    if (!select && m_credentialList->count() == 1)
        select = m_credentialList->item(0);
    if (select)
        m_credentialList->setCurrentItem(select);
    validateChoice();
}

void RotateCredentialDialog::updateProposal() {
    m_newUserName->setText(m_rotation->newUserName());
    m_newFriendlyName->setText(m_rotation->newFriendlyName());
    validateChoice();
}

void RotateCredentialDialog::validateChoice() {
    const Validity v = m_rotation->checkNewCredential();
    const bool chosen = !m_rotation->oldCredential().id.isEmpty();
    m_choiceValidation->setText(chosen ? v.message.toHtmlEscaped() : QString());
    m_choiceValidation->setVisible(chosen && !v.isAcceptable());
    m_create->setEnabled(v.isAcceptable() && m_rotation->stage() == RotationStage::Choosing);
}

void RotateCredentialDialog::updateSteps() {
    const RotationStage stage = m_rotation->stage();
    int current = 0;
    switch (stage) {
    case RotationStage::Choosing:
        current = 0;
        break;
    case RotationStage::Creating:
        current = 1;
        break;
    case RotationStage::AwaitingPeer:
        current = 2;
        break;
    case RotationStage::DeletingOld:
    case RotationStage::DeleteFailed:
        current = 3;
        break;
    case RotationStage::Done:
    case RotationStage::Abandoned:
        current = 4;
        break;
    }
    const QStringList steps = {tr("Choose"), tr("Create new"), tr("Update the peer"),
                               tr("Delete old")};
    // Colours from the palette in use, so the steps stay readable on a dark theme.
    const QString doneColour = ui::toneText(m_steps->palette(), ui::Tone::Success).name();
    const QString laterColour = m_steps->palette().color(QPalette::PlaceholderText).name();
    QStringList parts;
    for (int i = 0; i < steps.size(); ++i) {
        const QString text = QStringLiteral("%1. %2").arg(i + 1).arg(steps.at(i).toHtmlEscaped());
        if (i == current)
            parts << QStringLiteral("<b>%1</b>").arg(text);
        else if (i < current)
            parts << QStringLiteral("<span style=\"color:%1\">%2 ✓</span>").arg(doneColour, text);
        else
            parts << QStringLiteral("<span style=\"color:%1\">%2</span>").arg(laterColour, text);
    }
    m_steps->setText(parts.join(QStringLiteral("&nbsp;&nbsp;→&nbsp;&nbsp;")));
}

void RotateCredentialDialog::showPage(Page page) {
    m_pages->setCurrentIndex(page);
    m_cancel->setVisible(page == ChoosePage);
    m_create->setVisible(page == ChoosePage);
    m_finishLater->setVisible(page == HandOffPage || page == DeleteFailedPage);
    m_peerUpdated->setVisible(page == HandOffPage);
    m_retryDelete->setVisible(page == DeleteFailedPage);
    m_close->setVisible(page == DonePage);
    if (page == HandOffPage)
        m_peerUpdated->setDefault(true);
    else if (page == DeleteFailedPage)
        m_retryDelete->setDefault(true);
    else if (page == DonePage)
        m_close->setDefault(true);
    updateSteps();
}

void RotateCredentialDialog::onStageChanged(RotationStage stage) {
    const QString oldName = quoted(m_rotation->oldCredential().userName);
    const QString newName = quoted(m_rotation->newCredential().userName.isEmpty()
                                       ? m_rotation->newUserName()
                                       : m_rotation->newCredential().userName);
    switch (stage) {
    case RotationStage::Choosing:
        showPage(ChoosePage);
        validateChoice();
        break;
    case RotationStage::Creating:
        m_creatingLabel->setText(
            tr("Creating the new credential %1 next to %2…").arg(newName, oldName));
        showPage(CreatingPage);
        break;
    case RotationStage::AwaitingPeer: {
        const QString plainNew = m_rotation->newCredential().userName;
        if (m_rotation->isPasswordAvailable()) {
            m_handOffTitle->setText(tr("Give the new credential to the peer"));
            m_resumeNote->hide();
            m_secret->setSecret(plainNew, m_rotation->newPassword());
        } else {
            m_handOffTitle->setText(tr("Finish the rotation of %1").arg(oldName));
            const PendingRotation p = [this] {
                for (const PendingRotation &r :
                     CredentialRotation::pending(m_rotation->profileId(), m_rotation->trunkSid())) {
                    if (r.oldId == m_rotation->oldCredential().id)
                        return r;
                }
                return PendingRotation{};
            }();
            const QString when = p.startedAt.isValid() ? dateTimeText(p.startedAt) : tr("earlier");
            m_resumeNote->setText(
                tr("This rotation was started %1: %2 was created to replace %3. Its password was "
                   "shown once, when it was created, and <b>cannot be shown again</b> — Exotel "
                   "never returns it and the console never stored it. If the peer does not have "
                   "it, do not delete %3: delete %2 from the Credentials section and rotate "
                   "again (confirming here then keeps %3 and lets you abandon this rotation).")
                    .arg(when.toHtmlEscaped(), newName, oldName));
            m_resumeNote->show();
            m_secret->setPasswordUnavailable(
                plainNew, tr("The password of %1 cannot be shown again.").arg(newName));
        }
        m_handOffText->setPlainText(m_rotation->handOffText());
        m_bothWork->setText(
            tr("Until you confirm, both %1 and %2 work, so live calls are not affected. Update "
               "the PBX or Voice AI platform, check that it authenticates, then confirm: %1 is "
               "deleted next. If you close this dialog, the trunk page offers "
               "<i>Finish rotation</i>.")
                .arg(oldName, newName));
        m_peerUpdated->setText(
            tr("I have &updated the peer — delete %1").arg(m_rotation->oldCredential().userName));
        showPage(HandOffPage);
        break;
    }
    case RotationStage::DeletingOld:
        // The password is no longer needed here once the peer is confirmed.
        m_secret->wipe();
        m_handOffText->clear();
        m_deletingLabel->setText(tr("Deleting the old credential %1…").arg(oldName));
        showPage(DeletingPage);
        break;
    case RotationStage::DeleteFailed: {
        const ApiError &error = m_rotation->lastError();
        const bool newMissing = m_rotation->isNewCredentialMissing();
        const QString reason = newMissing ? error.message : error.userMessage();
        const QString next =
            newMissing
                ? tr("%1 still exists and still works. If the peer already uses another "
                     "credential, abandon this rotation; otherwise abandon it and rotate again.")
                      .arg(oldName)
                : tr("%1 still exists and still works, and so does %2. Retry now, or close this "
                     "dialog: the rotation is saved and the trunk page offers <i>Finish "
                     "rotation</i>.")
                      .arg(oldName, newName);
        m_deleteError->setText(reason.toHtmlEscaped() + QStringLiteral("<br><br>") + next);
        m_deleteError->setToolTip(error.technicalDetails());
        m_abandon->setText(
            tr("&Abandon rotation (keep %1)").arg(m_rotation->oldCredential().userName));
        m_abandon->setVisible(m_rotation->isNewCredentialMissing());
        showPage(DeleteFailedPage);
        break;
    }
    case RotationStage::Done:
        m_doneLabel->setText(tr("<b>Rotation complete.</b><br>%1 was deleted; the peer now uses "
                                "%2.")
                                 .arg(oldName, newName));
        showPage(DonePage);
        break;
    case RotationStage::Abandoned:
        m_doneLabel->setText(tr("<b>Rotation abandoned.</b><br>%1 was kept, and so was %2. "
                                "Delete whichever the peer does not use.")
                                 .arg(oldName, newName));
        emit pendingRotationsChanged();
        showPage(DonePage);
        break;
    }
}

void RotateCredentialDialog::reject() {
    // Leaving while a call is in flight would lose its answer: the created credential's id or
    // the outcome of the delete.
    const RotationStage stage = m_rotation->stage();
    if (stage == RotationStage::Creating || stage == RotationStage::DeletingOld)
        return;
    QDialog::reject();
}

} // namespace exotrunk
