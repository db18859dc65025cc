#pragma once

#include <QCoreApplication>

// The translation context of exotrunkctl's messages. In the global namespace, so that the class
// name lupdate files the strings under and the context they are looked up in are one.
class Exotrunkctl {
    Q_DECLARE_TR_FUNCTIONS(Exotrunkctl)
};
