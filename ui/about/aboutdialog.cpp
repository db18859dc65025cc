#include "aboutdialog.h"

#include "applicationicon.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QVBoxLayout>
#include <QtGlobal>

#ifndef EXOTRUNK_VERSION
#define EXOTRUNK_VERSION "unknown"
#endif

namespace exotrunk {

namespace {

QString nativePath(const QString &path) {
    return path.isEmpty() ? AboutDialog::tr("(none)") : QDir::toNativeSeparators(path);
}

} // namespace

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Exotrunk Console"));
    setAccessibleName(windowTitle());
    setAccessibleDescription(
        tr("Versions, licence, and where the console keeps its settings and logs"));
    setWindowIcon(applicationIcon());

    auto *icon = new QLabel(this);
    icon->setObjectName(QStringLiteral("aboutIcon"));
    icon->setPixmap(applicationIcon().pixmap(64, 64));
    icon->setAccessibleName(tr("Exotrunk Console icon"));
    icon->setAlignment(Qt::AlignHCenter);

    auto *title = new QLabel(tr("Exotrunk Console %1").arg(applicationVersion()), this);
    title->setObjectName(QStringLiteral("aboutTitle"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setAlignment(Qt::AlignHCenter);
    title->setAccessibleName(title->text());

    auto *summary =
        new QLabel(tr("Create and look after Exotel SIP trunks for many customer accounts."), this);
    summary->setObjectName(QStringLiteral("aboutSummary"));
    summary->setWordWrap(true);
    summary->setAlignment(Qt::AlignHCenter);
    summary->setAccessibleName(summary->text());

    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    addRow(QStringLiteral("aboutVersionValue"), tr("Version:"), applicationVersion());
    addRow(QStringLiteral("aboutQtVersionValue"), tr("Qt:"), qtVersion());
    addRow(QStringLiteral("aboutKeychainVersionValue"), tr("QtKeychain:"), keychainVersion());
    addRow(QStringLiteral("aboutLicenseValue"), tr("Licence:"), licenseName());
    addRow(QStringLiteral("aboutSettingsValue"), tr("Settings file:"), nativePath(settingsFile()));
    addRow(QStringLiteral("aboutConfigValue"), tr("Configuration folder:"),
           nativePath(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)));
    addRow(QStringLiteral("aboutDataValue"), tr("Data folder:"),
           nativePath(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
    addRow(QStringLiteral("aboutCacheValue"), tr("Cache folder:"),
           nativePath(QStandardPaths::writableLocation(QStandardPaths::CacheLocation)));
    addRow(QStringLiteral("aboutSecretsValue"), tr("API tokens:"),
           tr("In the system keychain (Secret Service), never in the settings file"));
    m_logValue = addRow(QStringLiteral("aboutLogValue"), tr("Logs:"),
                        tr("Standard error; when started from the desktop menu, the session "
                           "journal (journalctl --user)"));

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_buttons->setObjectName(QStringLiteral("aboutButtons"));
    m_copyButton = m_buttons->addButton(tr("&Copy Details"), QDialogButtonBox::ActionRole);
    m_copyButton->setObjectName(QStringLiteral("aboutCopyButton"));
    m_copyButton->setAccessibleName(tr("Copy details"));
    m_copyButton->setAccessibleDescription(
        tr("Puts the versions and locations on the clipboard, to paste into a support request"));
    QPushButton *close = m_buttons->button(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("aboutCloseButton"));
    close->setAccessibleName(tr("Close"));
    close->setAccessibleDescription(tr("Closes the About window"));
    close->setDefault(true);
    connect(m_copyButton, &QPushButton::clicked, this, &AboutDialog::copyDetails);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(icon);
    layout->addWidget(title);
    layout->addWidget(summary);
    layout->addSpacing(fontMetrics().height() / 2);
    layout->addLayout(m_form);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    // Wide enough for the usual paths on one line; Hindi labels are longer than English ones.
    setMinimumWidth(fontMetrics().averageCharWidth() * 90);
}

QLabel *AboutDialog::addRow(const QString &objectName, const QString &label, const QString &value) {
    auto *valueLabel = new QLabel(value, this);
    valueLabel->setObjectName(objectName);
    valueLabel->setWordWrap(true);
    valueLabel->setTextFormat(Qt::PlainText);
    // Selectable with the keyboard too, so a path can be copied without a mouse.
    valueLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    valueLabel->setFocusPolicy(Qt::StrongFocus);
    QString name = label;
    name.remove(QLatin1Char(':'));
    valueLabel->setAccessibleName(name);
    valueLabel->setAccessibleDescription(value);
    auto *caption = new QLabel(label, this);
    caption->setObjectName(objectName + QStringLiteral("Label"));
    caption->setBuddy(valueLabel);
    m_form->addRow(caption, valueLabel);
    return valueLabel;
}

void AboutDialog::setLogLocation(const QString &location) {
    m_logValue->setText(location);
    m_logValue->setAccessibleDescription(location);
}

QString AboutDialog::detailsText() const {
    QStringList lines;
    lines << tr("Exotrunk Console %1").arg(applicationVersion());
    for (int row = 0; row < m_form->rowCount(); ++row) {
        const auto *caption =
            qobject_cast<QLabel *>(m_form->itemAt(row, QFormLayout::LabelRole)->widget());
        const auto *value =
            qobject_cast<QLabel *>(m_form->itemAt(row, QFormLayout::FieldRole)->widget());
        if (caption && value)
            lines << caption->text() + QLatin1Char(' ') + value->text();
    }
    return lines.join(QLatin1Char('\n'));
}

void AboutDialog::copyDetails() {
    QGuiApplication::clipboard()->setText(detailsText());
    m_copyButton->setText(tr("Copied"));
}

QString AboutDialog::applicationVersion() {
    return QStringLiteral(EXOTRUNK_VERSION);
}

QString AboutDialog::qtVersion() {
    const QString running = QString::fromLatin1(qVersion());
    const QString built = QStringLiteral(QT_VERSION_STR);
    if (running == built)
        return running;
    return tr("%1 (built with %2)").arg(running, built);
}

QString AboutDialog::keychainVersion() {
#ifdef EXOTRUNK_QTKEYCHAIN_VERSION
    return QStringLiteral(EXOTRUNK_QTKEYCHAIN_VERSION);
#else
    return tr("unknown");
#endif
}

QString AboutDialog::licenseName() {
    return QStringLiteral("MIT");
}

QString AboutDialog::settingsFile() {
    return QSettings().fileName();
}

} // namespace exotrunk
