#pragma once

#include "domain/trunk.h"
#include "editing/editdialogbase.h"

#include <QStringList>

class QLabel;
class QLineEdit;

namespace exotrunk {

// Renames a trunk (PUT /trunks/{sid}, trunk_name): the name rules of Create (1–16 of
// [A-Za-z0-9_]) checked as you type, and a name another trunk of the account already has (as far
// as the console knows) refused before anything is sent.
class RenameTrunkDialog : public EditDialogBase {
    Q_OBJECT
public:
    RenameTrunkDialog(ExotelClient *client, TrunkSid trunkSid, const QString &currentName,
                      QStringList otherNames, QWidget *parent = nullptr);

signals:
    void renamed(const exotrunk::Trunk &trunk);

protected:
    void submit() override;
    void setInputsEnabled(bool enabled) override;

private:
    void validateInput();

    QString m_currentName;
    QStringList m_otherNames;
    QLineEdit *m_name;
    QLabel *m_validation;
};

} // namespace exotrunk
