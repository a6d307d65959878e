package io.jnetlink.netfilter.wire;

/**
 * nf_tables message types and attribute numbers, from {@code linux/netfilter/nf_tables.h}
 * (each named after its macro). Expression attributes live beside their codecs in
 * {@code io.jnetlink.netfilter.expr}.
 */
public final class NftAttrs {
    private NftAttrs() {
    }

    // enum nf_tables_msg_types
    /** {@code NFT_MSG_NEWTABLE} of {@code enum nf_tables_msg_types}. */
    public static final int NFT_MSG_NEWTABLE = 0;
    /** {@code NFT_MSG_GETTABLE} of {@code enum nf_tables_msg_types}. */
    public static final int NFT_MSG_GETTABLE = 1;
    /** {@code NFT_MSG_DELTABLE} of {@code enum nf_tables_msg_types}. */
    public static final int NFT_MSG_DELTABLE = 2;
    /** {@code NFT_MSG_NEWCHAIN} of {@code enum nf_tables_msg_types}. */
    public static final int NFT_MSG_NEWCHAIN = 3;
    /** {@code NFT_MSG_GETCHAIN} of {@code enum nf_tables_msg_types}. */
    public static final int NFT_MSG_GETCHAIN = 4;
    /** {@code NFT_MSG_DELCHAIN} of {@code enum nf_tables_msg_types}. */
    public static final int NFT_MSG_DELCHAIN = 5;
    /** {@code NFT_MSG_NEWRULE} of {@code enum nf_tables_msg_types}. */
    public static final int NFT_MSG_NEWRULE = 6;
    /** {@code NFT_MSG_GETRULE} of {@code enum nf_tables_msg_types}. */
    public static final int NFT_MSG_GETRULE = 7;
    /** {@code NFT_MSG_DELRULE} of {@code enum nf_tables_msg_types}. */
    public static final int NFT_MSG_DELRULE = 8;
    /** {@code NFT_MSG_NEWSET} of {@code enum nf_tables_msg_types}. */
    public static final int NFT_MSG_NEWSET = 9;
    /** {@code NFT_MSG_GETSET} of {@code enum nf_tables_msg_types}. */
    public static final int NFT_MSG_GETSET = 10;
    /** {@code NFT_MSG_DELSET} of {@code enum nf_tables_msg_types}. */
    public static final int NFT_MSG_DELSET = 11;
    /** {@code NFT_MSG_NEWSETELEM} of {@code enum nf_tables_msg_types}. */
    public static final int NFT_MSG_NEWSETELEM = 12;
    /** {@code NFT_MSG_GETSETELEM} of {@code enum nf_tables_msg_types}. */
    public static final int NFT_MSG_GETSETELEM = 13;
    /** {@code NFT_MSG_DELSETELEM} of {@code enum nf_tables_msg_types}. */
    public static final int NFT_MSG_DELSETELEM = 14;
    /** {@code NFT_MSG_NEWGEN} of {@code enum nf_tables_msg_types}. */
    public static final int NFT_MSG_NEWGEN = 15;
    /** {@code NFT_MSG_GETGEN} of {@code enum nf_tables_msg_types}. */
    public static final int NFT_MSG_GETGEN = 16;
    /** {@code NFT_MSG_TRACE} of {@code enum nf_tables_msg_types}. */
    public static final int NFT_MSG_TRACE = 17;
    /** {@code NFT_MSG_NEWOBJ} of {@code enum nf_tables_msg_types}. */
    public static final int NFT_MSG_NEWOBJ = 18;
    /** {@code NFT_MSG_GETOBJ} of {@code enum nf_tables_msg_types}. */
    public static final int NFT_MSG_GETOBJ = 19;
    /** {@code NFT_MSG_DELOBJ} of {@code enum nf_tables_msg_types}. */
    public static final int NFT_MSG_DELOBJ = 20;
    /** {@code NFT_MSG_GETOBJ_RESET} of {@code enum nf_tables_msg_types}. */
    public static final int NFT_MSG_GETOBJ_RESET = 21;
    /** {@code NFT_MSG_NEWFLOWTABLE} of {@code enum nf_tables_msg_types}. */
    public static final int NFT_MSG_NEWFLOWTABLE = 22;
    /** {@code NFT_MSG_GETFLOWTABLE} of {@code enum nf_tables_msg_types}. */
    public static final int NFT_MSG_GETFLOWTABLE = 23;
    /** {@code NFT_MSG_DELFLOWTABLE} of {@code enum nf_tables_msg_types}. */
    public static final int NFT_MSG_DELFLOWTABLE = 24;

    /** NFTA_LIST_ELEM. */
    public static final int NFTA_LIST_ELEM = 1;
    /** {@code NFTA_DATA_VALUE} of {@code enum nft_data_attributes}. */
    public static final int NFTA_DATA_VALUE = 1;
    /** {@code NFTA_DATA_VERDICT} of {@code enum nft_data_attributes}. */
    public static final int NFTA_DATA_VERDICT = 2;
    /** {@code NFTA_VERDICT_CODE} of {@code enum nft_verdict_attributes}. */
    public static final int NFTA_VERDICT_CODE = 1;
    /** {@code NFTA_VERDICT_CHAIN} of {@code enum nft_verdict_attributes}. */
    public static final int NFTA_VERDICT_CHAIN = 2;

    // enum nft_hook_attributes
    /** {@code NFTA_HOOK_HOOKNUM} of {@code enum nft_hook_attributes}. */
    public static final int NFTA_HOOK_HOOKNUM = 1;
    /** {@code NFTA_HOOK_PRIORITY} of {@code enum nft_hook_attributes}. */
    public static final int NFTA_HOOK_PRIORITY = 2;
    /** {@code NFTA_HOOK_DEV} of {@code enum nft_hook_attributes}. */
    public static final int NFTA_HOOK_DEV = 3;

    // enum nft_table_flags
    /** {@code NFT_TABLE_F_DORMANT} of {@code enum nft_table_flags}. */
    public static final int NFT_TABLE_F_DORMANT = 0x1;
    /** {@code NFT_TABLE_F_OWNER} of {@code enum nft_table_flags}. */
    public static final int NFT_TABLE_F_OWNER = 0x2;

    // enum nft_table_attributes
    /** {@code NFTA_TABLE_NAME} of {@code enum nft_table_attributes}. */
    public static final int NFTA_TABLE_NAME = 1;
    /** {@code NFTA_TABLE_FLAGS} of {@code enum nft_table_attributes}. */
    public static final int NFTA_TABLE_FLAGS = 2;
    /** {@code NFTA_TABLE_USE} of {@code enum nft_table_attributes}. */
    public static final int NFTA_TABLE_USE = 3;
    /** {@code NFTA_TABLE_HANDLE} of {@code enum nft_table_attributes}. */
    public static final int NFTA_TABLE_HANDLE = 4;
    /** {@code NFTA_TABLE_USERDATA} of {@code enum nft_table_attributes}. */
    public static final int NFTA_TABLE_USERDATA = 6;
    /** {@code NFTA_TABLE_OWNER} of {@code enum nft_table_attributes}. */
    public static final int NFTA_TABLE_OWNER = 7;

    // enum nft_chain_attributes
    /** {@code NFTA_CHAIN_TABLE} of {@code enum nft_chain_attributes}. */
    public static final int NFTA_CHAIN_TABLE = 1;
    /** {@code NFTA_CHAIN_HANDLE} of {@code enum nft_chain_attributes}. */
    public static final int NFTA_CHAIN_HANDLE = 2;
    /** {@code NFTA_CHAIN_NAME} of {@code enum nft_chain_attributes}. */
    public static final int NFTA_CHAIN_NAME = 3;
    /** {@code NFTA_CHAIN_HOOK} of {@code enum nft_chain_attributes}. */
    public static final int NFTA_CHAIN_HOOK = 4;
    /** {@code NFTA_CHAIN_POLICY} of {@code enum nft_chain_attributes}. */
    public static final int NFTA_CHAIN_POLICY = 5;
    /** {@code NFTA_CHAIN_USE} of {@code enum nft_chain_attributes}. */
    public static final int NFTA_CHAIN_USE = 6;
    /** {@code NFTA_CHAIN_TYPE} of {@code enum nft_chain_attributes}. */
    public static final int NFTA_CHAIN_TYPE = 7;
    /** {@code NFTA_CHAIN_COUNTERS} of {@code enum nft_chain_attributes}. */
    public static final int NFTA_CHAIN_COUNTERS = 8;
    /** {@code NFTA_CHAIN_FLAGS} of {@code enum nft_chain_attributes}. */
    public static final int NFTA_CHAIN_FLAGS = 10;
    /** {@code NFT_CHAIN_BASE} of {@code enum nft_chain_flags}: attached to a hook. */
    public static final int NFT_CHAIN_BASE = 1;

    // enum nft_rule_attributes
    /** {@code NFTA_RULE_TABLE} of {@code enum nft_rule_attributes}. */
    public static final int NFTA_RULE_TABLE = 1;
    /** {@code NFTA_RULE_CHAIN} of {@code enum nft_rule_attributes}. */
    public static final int NFTA_RULE_CHAIN = 2;
    /** {@code NFTA_RULE_HANDLE} of {@code enum nft_rule_attributes}. */
    public static final int NFTA_RULE_HANDLE = 3;
    /** {@code NFTA_RULE_EXPRESSIONS} of {@code enum nft_rule_attributes}. */
    public static final int NFTA_RULE_EXPRESSIONS = 4;
    /** {@code NFTA_RULE_POSITION} of {@code enum nft_rule_attributes}. */
    public static final int NFTA_RULE_POSITION = 6;
    /** {@code NFTA_RULE_USERDATA} of {@code enum nft_rule_attributes}. */
    public static final int NFTA_RULE_USERDATA = 7;

    // enum nft_set_flags
    /** {@code NFT_SET_ANONYMOUS} of {@code enum nft_set_flags}. */
    public static final int NFT_SET_ANONYMOUS = 0x1;
    /** {@code NFT_SET_CONSTANT} of {@code enum nft_set_flags}. */
    public static final int NFT_SET_CONSTANT = 0x2;
    /** {@code NFT_SET_INTERVAL} of {@code enum nft_set_flags}. */
    public static final int NFT_SET_INTERVAL = 0x4;
    /** {@code NFT_SET_MAP} of {@code enum nft_set_flags}. */
    public static final int NFT_SET_MAP = 0x8;
    /** {@code NFT_SET_TIMEOUT} of {@code enum nft_set_flags}. */
    public static final int NFT_SET_TIMEOUT = 0x10;

    // enum nft_set_attributes
    /** {@code NFTA_SET_TABLE} of {@code enum nft_set_attributes}. */
    public static final int NFTA_SET_TABLE = 1;
    /** {@code NFTA_SET_NAME} of {@code enum nft_set_attributes}. */
    public static final int NFTA_SET_NAME = 2;
    /** {@code NFTA_SET_FLAGS} of {@code enum nft_set_attributes}. */
    public static final int NFTA_SET_FLAGS = 3;
    /** {@code NFTA_SET_KEY_TYPE} of {@code enum nft_set_attributes}. */
    public static final int NFTA_SET_KEY_TYPE = 4;
    /** {@code NFTA_SET_KEY_LEN} of {@code enum nft_set_attributes}. */
    public static final int NFTA_SET_KEY_LEN = 5;
    /** {@code NFTA_SET_DATA_TYPE} of {@code enum nft_set_attributes}. */
    public static final int NFTA_SET_DATA_TYPE = 6;
    /** {@code NFTA_SET_DATA_LEN} of {@code enum nft_set_attributes}. */
    public static final int NFTA_SET_DATA_LEN = 7;
    /** {@code NFTA_SET_POLICY} of {@code enum nft_set_attributes}. */
    public static final int NFTA_SET_POLICY = 8;
    /** {@code NFTA_SET_DESC} of {@code enum nft_set_attributes}. */
    public static final int NFTA_SET_DESC = 9;
    /** {@code NFTA_SET_ID} of {@code enum nft_set_attributes}. */
    public static final int NFTA_SET_ID = 10;
    /** {@code NFTA_SET_TIMEOUT} of {@code enum nft_set_attributes}. */
    public static final int NFTA_SET_TIMEOUT = 11;
    /** {@code NFTA_SET_GC_INTERVAL} of {@code enum nft_set_attributes}. */
    public static final int NFTA_SET_GC_INTERVAL = 12;
    /** {@code NFTA_SET_USERDATA} of {@code enum nft_set_attributes}. */
    public static final int NFTA_SET_USERDATA = 13;
    /** {@code NFTA_SET_HANDLE} of {@code enum nft_set_attributes}. */
    public static final int NFTA_SET_HANDLE = 16;
    /** NFTA_SET_DESC_SIZE. */
    public static final int NFTA_SET_DESC_SIZE = 1;

    // enum nft_set_elem_flags
    /** {@code NFT_SET_ELEM_INTERVAL_END} of {@code enum nft_set_elem_flags}. */
    public static final int NFT_SET_ELEM_INTERVAL_END = 0x1;

    // enum nft_set_elem_attributes
    /** {@code NFTA_SET_ELEM_KEY} of {@code enum nft_set_elem_attributes}. */
    public static final int NFTA_SET_ELEM_KEY = 1;
    /** {@code NFTA_SET_ELEM_DATA} of {@code enum nft_set_elem_attributes}. */
    public static final int NFTA_SET_ELEM_DATA = 2;
    /** {@code NFTA_SET_ELEM_FLAGS} of {@code enum nft_set_elem_attributes}. */
    public static final int NFTA_SET_ELEM_FLAGS = 3;
    /** {@code NFTA_SET_ELEM_TIMEOUT} of {@code enum nft_set_elem_attributes}. */
    public static final int NFTA_SET_ELEM_TIMEOUT = 4;
    /** {@code NFTA_SET_ELEM_EXPIRATION} of {@code enum nft_set_elem_attributes}. */
    public static final int NFTA_SET_ELEM_EXPIRATION = 5;

    // enum nft_set_elem_list_attributes
    /** {@code NFTA_SET_ELEM_LIST_TABLE} of {@code enum nft_set_elem_list_attributes}. */
    public static final int NFTA_SET_ELEM_LIST_TABLE = 1;
    /** {@code NFTA_SET_ELEM_LIST_SET} of {@code enum nft_set_elem_list_attributes}. */
    public static final int NFTA_SET_ELEM_LIST_SET = 2;
    /** {@code NFTA_SET_ELEM_LIST_ELEMENTS} of {@code enum nft_set_elem_list_attributes}. */
    public static final int NFTA_SET_ELEM_LIST_ELEMENTS = 3;
    /** {@code NFTA_SET_ELEM_LIST_SET_ID} of {@code enum nft_set_elem_list_attributes}. */
    public static final int NFTA_SET_ELEM_LIST_SET_ID = 4;

    // enum nft_object_attributes
    /** {@code NFTA_OBJ_TABLE} of {@code enum nft_object_attributes}. */
    public static final int NFTA_OBJ_TABLE = 1;
    /** {@code NFTA_OBJ_NAME} of {@code enum nft_object_attributes}. */
    public static final int NFTA_OBJ_NAME = 2;
    /** {@code NFTA_OBJ_TYPE} of {@code enum nft_object_attributes}. */
    public static final int NFTA_OBJ_TYPE = 3;
    /** {@code NFTA_OBJ_DATA} of {@code enum nft_object_attributes}. */
    public static final int NFTA_OBJ_DATA = 4;
    /** {@code NFTA_OBJ_USE} of {@code enum nft_object_attributes}. */
    public static final int NFTA_OBJ_USE = 5;
    /** {@code NFTA_OBJ_HANDLE} of {@code enum nft_object_attributes}. */
    public static final int NFTA_OBJ_HANDLE = 6;
    /** {@code NFTA_OBJ_USERDATA} of {@code enum nft_object_attributes}. */
    public static final int NFTA_OBJ_USERDATA = 8;

    /** {@code NFT_OBJECT_COUNTER}. */
    public static final int NFT_OBJECT_COUNTER = 1;
    /** {@code NFT_OBJECT_QUOTA}. */
    public static final int NFT_OBJECT_QUOTA = 2;
    /** {@code NFT_OBJECT_CT_HELPER}. */
    public static final int NFT_OBJECT_CT_HELPER = 3;
    /** {@code NFT_OBJECT_LIMIT}. */
    public static final int NFT_OBJECT_LIMIT = 4;
    /** {@code NFT_OBJECT_CT_TIMEOUT}. */
    public static final int NFT_OBJECT_CT_TIMEOUT = 7;
    /** {@code NFT_OBJECT_CT_EXPECT}. */
    public static final int NFT_OBJECT_CT_EXPECT = 9;
    /** {@code NFT_OBJECT_SYNPROXY}. */
    public static final int NFT_OBJECT_SYNPROXY = 10;

    // enum nft_flowtable_attributes
    /** {@code NFTA_FLOWTABLE_TABLE} of {@code enum nft_flowtable_attributes}. */
    public static final int NFTA_FLOWTABLE_TABLE = 1;
    /** {@code NFTA_FLOWTABLE_NAME} of {@code enum nft_flowtable_attributes}. */
    public static final int NFTA_FLOWTABLE_NAME = 2;
    /** {@code NFTA_FLOWTABLE_HOOK} of {@code enum nft_flowtable_attributes}. */
    public static final int NFTA_FLOWTABLE_HOOK = 3;
    /** {@code NFTA_FLOWTABLE_USE} of {@code enum nft_flowtable_attributes}. */
    public static final int NFTA_FLOWTABLE_USE = 4;
    /** {@code NFTA_FLOWTABLE_HANDLE} of {@code enum nft_flowtable_attributes}. */
    public static final int NFTA_FLOWTABLE_HANDLE = 5;
    /** {@code NFTA_FLOWTABLE_FLAGS} of {@code enum nft_flowtable_attributes}. */
    public static final int NFTA_FLOWTABLE_FLAGS = 7;
    /** {@code NFTA_FLOWTABLE_HOOK_NUM} of {@code enum nft_flowtable_hook_attributes}. */
    public static final int NFTA_FLOWTABLE_HOOK_NUM = 1;
    /** {@code NFTA_FLOWTABLE_HOOK_PRIORITY} of {@code enum nft_flowtable_hook_attributes}. */
    public static final int NFTA_FLOWTABLE_HOOK_PRIORITY = 2;
    /** {@code NFTA_FLOWTABLE_HOOK_DEVS} of {@code enum nft_flowtable_hook_attributes}. */
    public static final int NFTA_FLOWTABLE_HOOK_DEVS = 3;
    /** {@code NFTA_DEVICE_NAME} of {@code enum nft_devices_attributes}. */
    public static final int NFTA_DEVICE_NAME = 1;

    // enum nft_gen_attributes
    /** {@code NFTA_GEN_ID} of {@code enum nft_gen_attributes}. */
    public static final int NFTA_GEN_ID = 1;

    /** NFT_NAME_MAXLEN (bytes including the terminating NUL). */
    public static final int NFT_NAME_MAXLEN = 256;
    /** NFT_TABLE_MAXNAMELEN... the same limit. */
    public static final int NAME_MAX_BYTES = NFT_NAME_MAXLEN - 1;

    /**
     * {@return name of an nf_tables message number, for operation names in errors}
     *
     * @param msg the subsystem's message number
     */
    public static String messageName(int msg) {
        return switch (msg) {
            case NFT_MSG_NEWTABLE -> "NFT_MSG_NEWTABLE";
            case NFT_MSG_GETTABLE -> "NFT_MSG_GETTABLE";
            case NFT_MSG_DELTABLE -> "NFT_MSG_DELTABLE";
            case NFT_MSG_NEWCHAIN -> "NFT_MSG_NEWCHAIN";
            case NFT_MSG_GETCHAIN -> "NFT_MSG_GETCHAIN";
            case NFT_MSG_DELCHAIN -> "NFT_MSG_DELCHAIN";
            case NFT_MSG_NEWRULE -> "NFT_MSG_NEWRULE";
            case NFT_MSG_GETRULE -> "NFT_MSG_GETRULE";
            case NFT_MSG_DELRULE -> "NFT_MSG_DELRULE";
            case NFT_MSG_NEWSET -> "NFT_MSG_NEWSET";
            case NFT_MSG_GETSET -> "NFT_MSG_GETSET";
            case NFT_MSG_DELSET -> "NFT_MSG_DELSET";
            case NFT_MSG_NEWSETELEM -> "NFT_MSG_NEWSETELEM";
            case NFT_MSG_GETSETELEM -> "NFT_MSG_GETSETELEM";
            case NFT_MSG_DELSETELEM -> "NFT_MSG_DELSETELEM";
            case NFT_MSG_NEWGEN -> "NFT_MSG_NEWGEN";
            case NFT_MSG_GETGEN -> "NFT_MSG_GETGEN";
            case NFT_MSG_TRACE -> "NFT_MSG_TRACE";
            case NFT_MSG_NEWOBJ -> "NFT_MSG_NEWOBJ";
            case NFT_MSG_GETOBJ -> "NFT_MSG_GETOBJ";
            case NFT_MSG_DELOBJ -> "NFT_MSG_DELOBJ";
            case NFT_MSG_GETOBJ_RESET -> "NFT_MSG_GETOBJ_RESET";
            case NFT_MSG_NEWFLOWTABLE -> "NFT_MSG_NEWFLOWTABLE";
            case NFT_MSG_GETFLOWTABLE -> "NFT_MSG_GETFLOWTABLE";
            case NFT_MSG_DELFLOWTABLE -> "NFT_MSG_DELFLOWTABLE";
            default -> "NFT_MSG_" + msg;
        };
    }
}
