#!/bin/sh
# Regenerates the TLSA test fixtures with the openssl CLI (OpenSSL 3.0). The results are checked in; the
# tests never run this script. Certificates are issued with `openssl ca` so that validity periods are
# fixed (2025-01-01 .. 2045-01-01, the expired one 2020..2021, the short-lived one 90 days) and tests can
# pin "now". Keys are fresh on every run, so rerunning changes every digest (the tests compute their own).
set -eu
cd "$(dirname "$0")"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

START=20250101000000Z
END=20450101000000Z

cat > "$work/ca.cnf" <<'EOF'
[ ca ]
default_ca = testca
[ testca ]
dir = WORK
database = $dir/index.txt
new_certs_dir = $dir/new
serial = $dir/serial
default_md = sha256
policy = anything
copy_extensions = copy
unique_subject = no
email_in_dn = no
[ anything ]
commonName = optional
organizationName = optional
countryName = optional
[ v3_ca ]
basicConstraints = critical, CA:TRUE
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always
[ v3_leaf ]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature, keyEncipherment
extendedKeyUsage = serverAuth
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always
[ req ]
distinguished_name = dn
prompt = no
[ dn ]
CN = placeholder
EOF
sed -i "s#WORK#$work#" "$work/ca.cnf"
mkdir "$work/new"
: > "$work/index.txt"
echo 1000 > "$work/serial"

# issue <csr> <issuer-cert|selfsign> <issuer-key> <ext-section> <out> [start end]
issue() {
    csr=$1 issuer=$2 issuerkey=$3 ext=$4 out=$5
    s=${6:-$START} e=${7:-$END}
    if [ "$issuer" = selfsign ]; then
        openssl ca -batch -config "$work/ca.cnf" -selfsign -keyfile "$issuerkey" -in "$csr" \
            -extensions "$ext" -startdate "$s" -enddate "$e" -notext -out "$out" 2>/dev/null
    else
        openssl ca -batch -config "$work/ca.cnf" -cert "$issuer" -keyfile "$issuerkey" -in "$csr" \
            -extensions "$ext" -startdate "$s" -enddate "$e" -notext -out "$out" 2>/dev/null
    fi
}

# csr <key> <subject> [SAN list] -> $work/req.csr
csr() {
    if [ -n "${3:-}" ]; then
        openssl req -new -config "$work/ca.cnf" -key "$1" -subj "$2" -addext "subjectAltName=$3" -out "$work/req.csr"
    else
        openssl req -new -config "$work/ca.cnf" -key "$1" -subj "$2" -out "$work/req.csr"
    fi
}

# --- keys -----------------------------------------------------------------------------------------------
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out key-rsa.pem 2>/dev/null
openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out key-p256.pem
openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-384 -out key-p384.pem
openssl genpkey -algorithm ED25519 -out key-ed25519.pem
openssl genpkey -algorithm ED448 -out key-ed448.pem
openssl rsa -in key-rsa.pem -traditional -out key-rsa-pkcs1.pem 2>/dev/null   # BEGIN RSA PRIVATE KEY
openssl ec -in key-p256.pem -out key-p256-sec1.pem 2>/dev/null                # BEGIN EC PRIVATE KEY
openssl pkcs8 -topk8 -in key-p256.pem -v2 aes-128-cbc -passout pass:secret -out key-encrypted.pem
openssl rsa -in key-rsa.pem -traditional -aes128 -passout pass:secret -out key-encrypted-legacy.pem 2>/dev/null
openssl pkey -in key-rsa.pem -outform DER -out key-rsa.der
openssl pkey -in key-p256.pem -pubout -out spki-p256.pem
openssl pkey -in key-p256.pem -pubout -outform DER -out spki-p256.der

openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out "$work/root.key"
openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out "$work/inter.key"
openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out "$work/leaf-wild.key"
openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out "$work/leaf-misc.key"

# --- private CA: root -> intermediate -> leaves -----------------------------------------------------------
csr "$work/root.key" "/O=Danewerk Test/CN=Danewerk Test Root CA"
issue "$work/req.csr" selfsign "$work/root.key" v3_ca root-ca.pem
csr "$work/inter.key" "/O=Danewerk Test/CN=Danewerk Test Intermediate CA"
issue "$work/req.csr" root-ca.pem "$work/root.key" v3_ca intermediate-ca.pem

csr key-rsa.pem "/CN=mx.example.org" "DNS:mx.example.org,DNS:mail.example.org"
issue "$work/req.csr" intermediate-ca.pem "$work/inter.key" v3_leaf leaf-rsa.pem
csr key-p256.pem "/CN=mx.example.org" "DNS:*.example.net,DNS:mx.example.org"
issue "$work/req.csr" intermediate-ca.pem "$work/inter.key" v3_leaf leaf-p256.pem
csr key-ed25519.pem "/CN=mx.example.org" "DNS:mx.example.org"
issue "$work/req.csr" intermediate-ca.pem "$work/inter.key" v3_leaf leaf-ed25519.pem
csr "$work/leaf-wild.key" "/CN=example.org" "DNS:*.example.org"
issue "$work/req.csr" intermediate-ca.pem "$work/inter.key" v3_leaf leaf-wildcard.pem
csr "$work/leaf-misc.key" "/CN=mx.example.org" "DNS:m*.example.org"
issue "$work/req.csr" intermediate-ca.pem "$work/inter.key" v3_leaf leaf-partial-wildcard.pem
csr "$work/leaf-misc.key" "/CN=mx.example.org"
issue "$work/req.csr" intermediate-ca.pem "$work/inter.key" v3_leaf leaf-cn-only.pem
csr "$work/leaf-misc.key" "/CN=mx.example.org" "DNS:other.example.com"
issue "$work/req.csr" intermediate-ca.pem "$work/inter.key" v3_leaf leaf-san-not-cn.pem
csr "$work/leaf-misc.key" "/CN=mx.example.org" "DNS:mx.example.org"
issue "$work/req.csr" intermediate-ca.pem "$work/inter.key" v3_leaf leaf-expired.pem 20200101000000Z 20210101000000Z
csr "$work/leaf-misc.key" "/CN=mx.example.org" "DNS:mx.example.org"
issue "$work/req.csr" intermediate-ca.pem "$work/inter.key" v3_leaf leaf-short.pem 20250101000000Z 20250401000000Z

cat leaf-rsa.pem intermediate-ca.pem > fullchain.pem
cat leaf-rsa.pem intermediate-ca.pem root-ca.pem > fullchain-root.pem
cat leaf-wildcard.pem intermediate-ca.pem > fullchain-wildcard.pem
cat leaf-partial-wildcard.pem intermediate-ca.pem > fullchain-partial-wildcard.pem
cat leaf-cn-only.pem intermediate-ca.pem > fullchain-cn-only.pem
cat leaf-san-not-cn.pem intermediate-ca.pem > fullchain-san-not-cn.pem
cat leaf-expired.pem intermediate-ca.pem > fullchain-expired.pem
openssl x509 -in leaf-rsa.pem -outform DER -out leaf-rsa.der

# A self-signed end-entity certificate (not a CA), as people make for DANE-EE.
csr "$work/leaf-misc.key" "/CN=selfsigned.example.org" "DNS:selfsigned.example.org"
issue "$work/req.csr" selfsign "$work/leaf-misc.key" v3_leaf selfsigned-ee.pem

# --- look-alike public CA: "ISRG Root X1" -> "Let's Encrypt R10" -> 90-day leaf ------------------------
openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out "$work/le-root.key"
openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out "$work/le-inter.key"
csr "$work/le-root.key" "/C=US/O=Internet Security Research Group/CN=ISRG Root X1"
issue "$work/req.csr" selfsign "$work/le-root.key" v3_ca "$work/le-root.pem"
csr "$work/le-inter.key" "/C=US/O=Let's Encrypt/CN=R10"
issue "$work/req.csr" "$work/le-root.pem" "$work/le-root.key" v3_ca "$work/le-inter.pem"
csr "$work/leaf-misc.key" "/CN=mx.example.org" "DNS:mx.example.org"
issue "$work/req.csr" "$work/le-inter.pem" "$work/le-inter.key" v3_leaf "$work/le-leaf.pem" 20250101000000Z 20250401000000Z
cat "$work/le-leaf.pem" "$work/le-inter.pem" > le-fullchain.pem

# --- CSR ------------------------------------------------------------------------------------------------
openssl req -new -config "$work/ca.cnf" -key key-p256.pem -subj "/CN=mx.example.org" \
    -addext "subjectAltName=DNS:*.example.org,DNS:mx.example.org" -out csr.pem
openssl req -in csr.pem -outform DER -out csr.der
openssl req -new -config "$work/ca.cnf" -key key-p256.pem -subj "/O=No Names" -out csr-no-names.pem

# --- bad inputs -----------------------------------------------------------------------------------------
: > empty.pem
printf 'this is not a certificate\n\001\002\003 garbage bytes\n' > garbage.bin
head -n 8 leaf-rsa.pem > truncated.pem                       # BEGIN without END
head -c 300 leaf-rsa.der > truncated.der                     # DER shorter than its length
openssl ca -config "$work/ca.cnf" -gencrl -cert root-ca.pem -keyfile "$work/root.key" -crldays 30 -out crl.pem 2>/dev/null
echo "fixtures written to $(pwd)"
