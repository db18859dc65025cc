#pragma once

#include <QDialog>
#include <QString>

class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QPushButton;

namespace exotrunk {

// Help → About: what is running (versions of the console, Qt and QtKeychain), under which
// licence, and where its settings, data, cache and logs live — what support asks for first.
class AboutDialog : public QDialog {
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);

    // Where log messages go; the default names standard error and the session journal.
    void setLogLocation(const QString &location);

    // The same facts as plain text, as "Copy details" puts them on the clipboard.
    QString detailsText() const;

    static QString applicationVersion();
    static QString qtVersion();       // run-time version, plus the build-time one if they differ
    static QString keychainVersion(); // QtKeychain the console was built against
    static QString licenseName();
    static QString settingsFile();

private:
    QLabel *addRow(const QString &objectName, const QString &label, const QString &value);
    void copyDetails();

    QFormLayout *m_form = nullptr;
    QLabel *m_logValue = nullptr;
    QPushButton *m_copyButton = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace exotrunk
