"""The journal on disk: key header, key derivation, device binding, the encrypted database.

The only package that sees key bytes or imports sqlcipher3, argon2, cryptography or keyring.
This file imports nothing, so that the panic wipe can use `vault.files` without loading the
cryptography.
"""
