/* A stand-in for Windows 10's bcryptprimitives.dll, which Wine 8.0 lacks.
 *
 * The cryptography package (Rust's standard library) draws its random bytes
 * from ProcessPrng; this one asks Wine's BCryptGenRandom, the system's own
 * generator. Built by build_msi.sh into a throwaway Wine prefix for the check
 * only: never shipped, never installed on a real Windows.
 */
#include <windows.h>
#include <bcrypt.h>

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T size) {
    while (size > 0) {
        ULONG chunk = size > 0x40000000 ? 0x40000000 : (ULONG)size;
        if (BCryptGenRandom(NULL, data, chunk, BCRYPT_USE_SYSTEM_PREFERRED_RNG) != 0) return FALSE;
        data += chunk;
        size -= chunk;
    }
    return TRUE;
}
