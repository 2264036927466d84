// Deterministic generator of realistic zone files for the parsing benchmark: the same seed and size always
// give the same bytes. Standard C++ only, so that it builds anywhere and never depends on the code it measures.
//
//   zonegen --records 1000000 --seed 42 --origin bench.example. > bench.zone

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

namespace {

// splitmix64: tiny, fast and fully specified, so the output never depends on the standard library's engines.
struct Random {
    std::uint64_t state;
    std::uint64_t next() {
        std::uint64_t z = (state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    unsigned below(unsigned n) { return unsigned(next() % n); }
};

void hex(Random& random, int octets, std::string& out) {
    static const char digits[] = "0123456789abcdef";
    for (int i = 0; i < octets; ++i) {
        const unsigned v = random.below(256);
        out += digits[v >> 4];
        out += digits[v & 15];
    }
}

const char* const words[] = {"alpha", "bravo",  "charlie", "delta", "echo", "foxtrot",  "golf",  "hotel",
                             "india", "juliet", "kilo",    "lima",  "mike", "november", "oscar", "papa"};

std::string label(Random& random, unsigned serial) {
    return std::string(words[random.below(16)]) + std::to_string(serial);
}

} // namespace

int main(int argc, char** argv) {
    long long records = 100000;
    std::uint64_t seed = 1;
    std::string origin = "bench.example.";
    for (int i = 1; i + 1 < argc; i += 2) {
        if (std::strcmp(argv[i], "--records") == 0)
            records = std::atoll(argv[i + 1]);
        else if (std::strcmp(argv[i], "--seed") == 0)
            seed = std::strtoull(argv[i + 1], nullptr, 10);
        else if (std::strcmp(argv[i], "--origin") == 0)
            origin = argv[i + 1];
        else {
            std::fprintf(stderr, "usage: zonegen [--records N] [--seed S] [--origin NAME.]\n");
            return 2;
        }
    }
    Random random{seed};
    std::string out;
    out.reserve(1 << 20);
    long long written = 0;
    auto emit = [&](const std::string& line) {
        out += line;
        out += '\n';
        ++written;
        if (out.size() > (1 << 20) - 512) {
            std::fwrite(out.data(), 1, out.size(), stdout);
            out.clear();
        }
    };
    out += "$ORIGIN " + origin + "\n$TTL 3600\n";
    emit("@ IN SOA ns1 hostmaster ( 2024010101 7200 3600 1209600 300 )");
    emit("@ IN NS ns1");
    emit("@ IN NS ns2");
    emit("@ IN MX 10 mail1");
    emit("@ IN MX 20 mail2");
    emit("@ IN TXT \"v=spf1 mx -all\"");
    emit("ns1 IN A 192.0.2.1");
    emit("ns2 IN AAAA 2001:db8::2");
    for (int m = 1; m <= 2; ++m) {
        emit("mail" + std::to_string(m) + " IN A 192.0.2." + std::to_string(10 + m));
        std::string tlsa = "_25._tcp.mail" + std::to_string(m) + " IN TLSA 3 1 1 ";
        hex(random, 32, tlsa);
        emit(tlsa);
    }
    unsigned serial = 0;
    while (written < records) {
        const std::string name = label(random, ++serial);
        const unsigned kind = random.below(100);
        if (kind < 45) { // a host with addresses, sometimes text
            emit(name + " IN A 10." + std::to_string(random.below(256)) + "." + std::to_string(random.below(256)) +
                 "." + std::to_string(1 + random.below(254)));
            if (random.below(2) == 0) {
                char v6[64];
                std::snprintf(v6, sizeof v6, "2001:db8:%x:%x::%x", random.below(65536), random.below(65536),
                              1 + random.below(65535));
                emit(" 7200 IN AAAA " + std::string(v6));
            }
            if (random.below(5) == 0)
                emit(" IN TXT \"site-verification=" + std::to_string(random.next() % 1000000007ULL) + "\"");
        } else if (kind < 60) { // an alias
            emit("www." + name + " 300 IN CNAME " + label(random, serial) + "." + origin);
        } else if (kind < 70) { // a mail domain with DANE
            emit(name + " IN MX 10 mx." + name);
            emit("mx." + name + " IN A 198.51.100." + std::to_string(1 + random.below(254)));
            std::string tlsa = "_25._tcp.mx." + name + " IN TLSA 3 1 1 ( ";
            hex(random, 16, tlsa);
            tlsa += ' ';
            hex(random, 16, tlsa);
            tlsa += " )";
            emit(tlsa);
        } else if (kind < 90) { // a signed delegation with glue
            emit(name + " 86400 IN NS ns1." + name);
            emit(name + " 86400 IN NS ns2.provider.example.net.");
            std::string ds = name + " 86400 IN DS " + std::to_string(random.below(65536)) + " 13 2 ";
            hex(random, 32, ds);
            emit(ds);
            emit("ns1." + name + " 86400 IN A 203.0.113." + std::to_string(1 + random.below(254)));
        } else { // a deep name: its parents are empty non-terminals
            emit("host.dept.site." + name + " IN A 172.16." + std::to_string(random.below(256)) + "." +
                 std::to_string(1 + random.below(254)));
            emit("_sip._udp.site." + name + " IN SRV 10 60 5060 host.dept.site." + name);
        }
    }
    std::fwrite(out.data(), 1, out.size(), stdout);
    return 0;
}
