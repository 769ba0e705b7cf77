#ifndef RELGRAPH_CSQLITE_SHIM_H
#define RELGRAPH_CSQLITE_SHIM_H
#include <sqlite3.h>

/// SQLITE_TRANSIENT is a macro casting -1 to a function pointer, which Swift cannot import:
/// it tells sqlite3_bind_text/blob to copy the bytes before the call returns.
static inline sqlite3_destructor_type csqlite_transient(void) {
    return (sqlite3_destructor_type)-1;
}
#endif
