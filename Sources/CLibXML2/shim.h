#ifndef DIPLOGRAPH_CLIBXML2_SHIM_H
#define DIPLOGRAPH_CLIBXML2_SHIM_H

#include <libxml/xmlversion.h>
/* Debian's libxml2 is built with ICU, whose headers clash with the copy of ICU inside Swift's
   Foundation. Diplograph never touches the ICU converter fields of xmlCharEncodingHandler (the
   only thing this macro adds), so the declarations are left out. */
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlwriter.h>
#include <libxml/xmlreader.h>
#include <libxml/xmlerror.h>
#include <libxml/HTMLparser.h>
#include <libxml/xpath.h>
#include <libxml/xmlIO.h>

/// `xmlFree` is a mutable global function pointer, which Swift 6 rejects as shared mutable state.
static inline void diplograph_xmlFree(void *ptr) { xmlFree(ptr); }

#endif
