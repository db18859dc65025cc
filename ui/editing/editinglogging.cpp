#include "editing/editinglogging.h"

Q_LOGGING_CATEGORY(lcEditing, "exotrunk.ui.editing")
