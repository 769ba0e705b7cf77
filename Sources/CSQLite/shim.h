#ifndef RELGRAPH_CSQLITE_SHIM_H
#define RELGRAPH_CSQLITE_SHIM_H
#include <sqlite3.h>
#endif
