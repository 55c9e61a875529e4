#include "history_store.hpp"
