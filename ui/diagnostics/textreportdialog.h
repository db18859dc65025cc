#pragma once

#include <QDialog>

class QPlainTextEdit;
class QPushButton;
class QVBoxLayout;

namespace exotrunk::ui {

// A read-only text for someone else (the customer's network team, Exotel support) with Copy and
// Save…; subclasses put their options above the text. Nothing secret is ever shown here.
class TextReportDialog : public QDialog {
    Q_OBJECT
public:
    // `fileName` is the name Save… proposes; `objectPrefix` names the widgets ("handoff" →
    // "handoffText", "handoffCopyButton", "handoffSaveButton").
    TextReportDialog(const QString &title, const QString &fileName, const QString &objectPrefix,
                     QWidget *parent = nullptr);

    QString text() const;

protected:
    void setText(const QString &text);
    // Where subclasses add their options, above the text.
    QVBoxLayout *optionsLayout() const { return m_options; }

private:
    QString m_fileName;
    QVBoxLayout *m_options;
    QPlainTextEdit *m_text;
    QPushButton *m_copy;
    QPushButton *m_save;
};

} // namespace exotrunk::ui
