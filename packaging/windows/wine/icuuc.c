/* A stand-in for Windows 10's system icuuc.dll, which Wine 8.0 lacks.
 *
 * Qt 6's core library imports ICU's converters from it, for text codecs other
 * than UTF-8 and Latin-1, which Tour de table never uses. Every converter is
 * "not found", so Qt falls back to its own codecs. Built by build_msi.sh into a
 * throwaway Wine prefix for the check only: never shipped, never installed on a
 * real Windows, which has the real library in System32.
 */
#include <stddef.h>
#include <stdint.h>

typedef int UErrorCode;
typedef uint16_t UChar;
#define U_FILE_ACCESS_ERROR 4
#define EXPORT __declspec(dllexport)

static void fail(UErrorCode *err) { if (err && *err <= 0) *err = U_FILE_ACCESS_ERROR; }

EXPORT void *ucnv_open(const char *name, UErrorCode *err) { (void)name; fail(err); return NULL; }
EXPORT void ucnv_close(void *conv) { (void)conv; }
EXPORT void ucnv_reset(void *conv) { (void)conv; }
EXPORT int8_t ucnv_getMaxCharSize(const void *conv) { (void)conv; return 1; }
EXPORT const char *ucnv_getName(const void *conv, UErrorCode *err) { (void)conv; fail(err); return ""; }
EXPORT void ucnv_getToUCallBack(const void *conv, void **action, const void **context) {
    (void)conv; if (action) *action = NULL; if (context) *context = NULL;
}
EXPORT void ucnv_getFromUCallBack(const void *conv, void **action, const void **context) {
    (void)conv; if (action) *action = NULL; if (context) *context = NULL;
}
EXPORT void ucnv_setToUCallBack(void *conv, void *action, const void *context, void **old_action,
                                const void **old_context, UErrorCode *err) {
    (void)conv; (void)action; (void)context;
    if (old_action) *old_action = NULL;
    if (old_context) *old_context = NULL;
    fail(err);
}
EXPORT void ucnv_setFromUCallBack(void *conv, void *action, const void *context, void **old_action,
                                  const void **old_context, UErrorCode *err) {
    (void)conv; (void)action; (void)context;
    if (old_action) *old_action = NULL;
    if (old_context) *old_context = NULL;
    fail(err);
}
EXPORT void UCNV_FROM_U_CALLBACK_SUBSTITUTE(void) {}
EXPORT void UCNV_TO_U_CALLBACK_SUBSTITUTE(void) {}
EXPORT void ucnv_cbToUWriteUChars(void *args, const UChar *source, int32_t length, int32_t offset,
                                  UErrorCode *err) {
    (void)args; (void)source; (void)length; (void)offset; fail(err);
}
EXPORT void ucnv_cbFromUWriteUChars(void *args, const UChar **source, const UChar *limit,
                                    int32_t offset, UErrorCode *err) {
    (void)args; (void)source; (void)limit; (void)offset; fail(err);
}
EXPORT void ucnv_toUnicode(void *conv, UChar **target, const UChar *target_limit, const char **source,
                           const char *source_limit, int32_t *offsets, int8_t flush, UErrorCode *err) {
    (void)conv; (void)target; (void)target_limit; (void)source; (void)source_limit; (void)offsets;
    (void)flush; fail(err);
}
EXPORT void ucnv_fromUnicode(void *conv, char **target, const char *target_limit, const UChar **source,
                             const UChar *source_limit, int32_t *offsets, int8_t flush, UErrorCode *err) {
    (void)conv; (void)target; (void)target_limit; (void)source; (void)source_limit; (void)offsets;
    (void)flush; fail(err);
}
EXPORT int32_t ucnv_toUCountPending(const void *conv, UErrorCode *err) { (void)conv; (void)err; return 0; }
EXPORT int32_t ucnv_fromUCountPending(const void *conv, UErrorCode *err) { (void)conv; (void)err; return 0; }
EXPORT const char *ucnv_getStandardName(const char *name, const char *standard, UErrorCode *err) {
    (void)name; (void)standard; fail(err); return NULL;
}
EXPORT const char *ucnv_getAvailableName(int32_t n) { (void)n; return NULL; }
EXPORT int32_t ucnv_countAvailable(void) { return 0; }
