#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace exotrunk {

// The extra CA certificate file of a profile (a corporate TLS-inspection proxy, a test server):
// a path typed or chosen, and under it the subject and SHA-256 fingerprint of each certificate
// in the file, so the user can compare them with what IT gave out before saving. A file that
// cannot be used shows nothing here; the dialog's validation line says why.
class CaCertificateField : public QWidget {
    Q_OBJECT
public:
    explicit CaCertificateField(QWidget *parent = nullptr);

    QString path() const;
    void setPath(const QString &path);
    QLineEdit *lineEdit() const { return m_edit; }

signals:
    void pathChanged();

private:
    void choose();
    void updateSummary();

    QLineEdit *m_edit;
    QPushButton *m_browse;
    QPushButton *m_clear;
    QLabel *m_summary;
};

} // namespace exotrunk
