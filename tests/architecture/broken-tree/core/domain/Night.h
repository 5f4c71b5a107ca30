#pragma once
// A domain header that reaches up into the store: the layer check must refuse it.
#include "core/store/Database.h"
