#include "textreportdialog.h"

#include "common/copybutton.h"
#include "common/savetext.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace exotrunk::ui {

TextReportDialog::TextReportDialog(const QString &title, const QString &fileName,
                                   const QString &objectPrefix, QWidget *parent)
    : QDialog(parent)
    , m_fileName(fileName) {
    setWindowTitle(title);
    setObjectName(objectPrefix + QStringLiteral("Dialog"));
    m_options = new QVBoxLayout;
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(objectPrefix + QStringLiteral("Text"));
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setAccessibleName(title);
    m_text->setTabChangesFocus(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_copy = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    m_copy->setObjectName(objectPrefix + QStringLiteral("CopyButton"));
    m_save = buttons->addButton(tr("&Save…"), QDialogButtonBox::ActionRole);
    m_save->setObjectName(objectPrefix + QStringLiteral("SaveButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_copy, &QPushButton::clicked, this, [this] { copyToClipboard(text()); });
    connect(m_save, &QPushButton::clicked, this,
            [this] { saveTextForUser(this, windowTitle(), m_fileName, text()); });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_options);
    layout->addWidget(m_text, 1);
    layout->addWidget(buttons);
    resize(860, 560);
}

QString TextReportDialog::text() const {
    return m_text->toPlainText();
}

void TextReportDialog::setText(const QString &text) {
    m_text->setPlainText(text);
}

} // namespace exotrunk::ui
