#ifndef ERRATA_CLIBXML2_SHIM_H
#define ERRATA_CLIBXML2_SHIM_H

/*
 * Debian's libxml2 is built with ICU; its headers then include the system ICU, whose
 * types clash with Foundation's own ICU module ("'UErrorCode' has different definitions
 * in different modules"). Errata uses none of libxml2's ICU API, so it switches it off
 * before the parser headers are read.
 */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlmemory.h>

/* `xmlFree` is a global function pointer, which Swift 6 rejects as shared mutable state. */
static inline void errata_xml_free(void *pointer) { xmlFree(pointer); }

#endif
