#include "editing/numbermodetext.h"

#include <QComboBox>
#include <QCoreApplication>

namespace exotrunk::numbermodetext {

namespace {
// lupdate files the calls of this helper under the enclosing namespace, so the catalogue holds
// them as "exotrunk::numbermodetext": looked up under any other context they are never found.
QString tr(const char *text) {
    return QCoreApplication::translate("exotrunk::numbermodetext", text);
}
} // namespace

QString displayName(NumberMode mode) {
    switch (mode) {
    case NumberMode::Pstn:
        return tr("pstn");
    case NumberMode::Flow:
        return tr("flow");
    case NumberMode::Default:
        return tr("not set (behaves as pstn)");
    }
    return {};
}

QString explanation() {
    return tr("<b>pstn</b>: calls are carried as ordinary phone calls — use it for SIP ↔ PSTN "
              "and for Exotel flows whose <i>Connect</i> applet dials the trunk.<br>"
              "<b>flow</b>: calls to the number run an Exotel flow directly — use it to route to "
              "Voice AI / StreamKit (Voicebot, Stream) and other non-Connect applets.");
}

void fill(QComboBox *combo) {
    combo->clear();
    combo->addItem(tr("pstn — phone calls, Connect-applet flows"), int(NumberMode::Pstn));
    combo->addItem(tr("flow — Voice AI / StreamKit and other non-Connect applets"),
                   int(NumberMode::Flow));
    combo->setToolTip(tr("How Exotel carries calls to this number"));
}

NumberMode selected(const QComboBox *combo) {
    return NumberMode(combo->currentData().toInt());
}

void select(QComboBox *combo, NumberMode mode) {
    const int index = combo->findData(int(mode));
    if (index >= 0)
        combo->setCurrentIndex(index);
}

} // namespace exotrunk::numbermodetext
